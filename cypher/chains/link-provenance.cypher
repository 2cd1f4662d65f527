// Provenance of the links a gap report shows as evidence: the first stored link (by id) per pair and type.
// @param pairs: [{source: string, target: string, type: "SUPPLIES" | "COLLABORATES_WITH"}]
// returns: source, target, type, props (property map with provenance)
UNWIND $pairs AS p
MATCH (a:Entity {id: p.source})-[r:SUPPLIES|COLLABORATES_WITH]->(b:Entity {id: p.target})
WHERE type(r) = p.type
WITH p, r
ORDER BY r.id
WITH p, collect(r)[0] AS first
RETURN p.source AS source, p.target AS target, p.type AS type, properties(first) AS props
