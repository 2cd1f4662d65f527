// Working ties from pool organisations: direct collaboration, supply, subsidiary and platform-operation
// links (outgoing, so each is returned once), and a shared project (the project id is the evidence).
// The far end is any candidate-kind organisation; the repo keeps the ties whose both ends are in the pool
// (a list-membership test on the far end costs more in Cypher than in code).
// params: ids: [string], kinds: [string]
// returns: a, b, type, evidence (relationship id or project id)
UNWIND $ids AS fromId
MATCH (a:Entity {id: fromId})-[r:COLLABORATES_WITH|SUPPLIES|SUBSIDIARY_OF|OPERATES]->(b:Org)
WHERE b.kind IN $kinds
RETURN a.id AS a, b.id AS b, type(r) AS type, r.id AS evidence
UNION
UNWIND $ids AS fromId
MATCH (a:Entity {id: fromId})-[:LEADS|PARTICIPATES_IN]->(p:Project)<-[:LEADS|PARTICIPATES_IN]-(b:Org)
WHERE a.id < b.id AND b.kind IN $kinds
RETURN a.id AS a, b.id AS b, 'CO_PROJECT' AS type, p.id AS evidence
