// Supply and collaboration links whose both ends are among $ids (the organisations of a gap instance).
// params: ids: [string]
// returns: source, target, type ("SUPPLIES" | "COLLABORATES_WITH"), props (property map with provenance)
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r:SUPPLIES|COLLABORATES_WITH]->(b:Org)
WHERE b.id IN $ids
RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS props
ORDER BY source, target, type, r.id
