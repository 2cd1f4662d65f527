// Working ties from pool organisations: direct collaboration, supply, subsidiary, joint-venture and platform-operation
// links (outgoing, so each is returned once), and a shared project (the project id is the evidence).
// The far end is any candidate-kind organisation; the repo keeps the ties whose both ends are in the pool
// (a list-membership test on the far end costs more in Cypher than in code).
// @param ids: [string]
// @param kinds: [string]
// returns: a, b, type, evidence (relationship id or project id), basis (the link's stated|inferred|editorial, null for a shared project)
UNWIND $ids AS fromId
MATCH (a:Entity {id: fromId})-[r:COLLABORATES_WITH|SUPPLIES|SUBSIDIARY_OF|JOINT_VENTURE_WITH|OPERATES]->(b:Org)
// Talks and meeting co-hosting are not working ties (LIGHT_COLLABORATION_KINDS in server/contracts/model.ts).
WHERE b.kind IN $kinds AND NOT coalesce(r.kind, '') IN ['talks', 'co-hosting']
RETURN a.id AS a, b.id AS b, type(r) AS type, r.id AS evidence, r.basis AS basis
UNION
UNWIND $ids AS fromId
MATCH (a:Entity {id: fromId})-[:LEADS|PARTICIPATES_IN]->(p:Project)<-[:LEADS|PARTICIPATES_IN]-(b:Org)
WHERE a.id < b.id AND b.kind IN $kinds
RETURN a.id AS a, b.id AS b, 'CO_PROJECT' AS type, p.id AS evidence, null AS basis
