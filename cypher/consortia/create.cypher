// Record a consortium (a fact the bureau records: :Entity:Consortium) addressing a problem.
// @param problem: string
// @param props: map (id, kind, name, status, note, provenance)
// @param prov: map
// returns: id
MATCH (p:Entity {id: $problem}) WHERE p:Problem
CREATE (c:Entity:Consortium)
SET c = $props
SET c._search = toLower(reduce(text = coalesce(c.name, '') + '\n' + coalesce(c.nameEn, ''), alias IN coalesce(c.aliases, []) | text + '\n' + alias))
MERGE (c)-[r:ADDRESSES {id: 'ADDRESSES:' + c.id + '->' + p.id}]->(p)
SET r += $prov
RETURN c.id AS id
