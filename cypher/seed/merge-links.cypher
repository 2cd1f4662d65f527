// Idempotent upsert of seed/import relationships, keyed by their deterministic id (TYPE:from->to#key).
// Types are validated against seed/schema.ts REL_TYPES first (Neo4j 5.26 dynamic types: [:$(type)]).
// @param rows: [{id, type, from, to, props: map}]
// returns: count (rows whose endpoints both exist)
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r = row.props
RETURN count(r) AS count
