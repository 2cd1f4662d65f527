// Working ties among pool organisations: direct collaboration, supply, subsidiary and platform-operation
// links, and a shared project (the project id is the evidence). Undirected in meaning.
// params: ids: [string]
// returns: a, b, type, evidence (relationship id or project id)
UNWIND $ids AS fromId
MATCH (a:Entity {id: fromId})-[r:COLLABORATES_WITH|SUPPLIES|SUBSIDIARY_OF|OPERATES]->(b:Org)
WHERE b.id IN $ids
RETURN a.id AS a, b.id AS b, type(r) AS type, r.id AS evidence
UNION
UNWIND $ids AS fromId
MATCH (a:Entity {id: fromId})-[:LEADS|PARTICIPATES_IN]->(p:Project)<-[:LEADS|PARTICIPATES_IN]-(b:Org)
WHERE a.id < b.id AND b.id IN $ids
RETURN a.id AS a, b.id AS b, 'CO_PROJECT' AS type, p.id AS evidence
