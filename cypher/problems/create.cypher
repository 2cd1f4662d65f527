// Create a problem node (label Problem is fixed here; the caller checked the id is free).
// @param props: map (id, kind, name, statement, …, provenance)
// returns: id
CREATE (p:Entity:Problem)
SET p = $props
SET p._search = toLower(reduce(text = coalesce(p.name, '') + '\n' + coalesce(p.nameEn, ''), alias IN coalesce(p.aliases, []) | text + '\n' + alias))
RETURN p.id AS id
