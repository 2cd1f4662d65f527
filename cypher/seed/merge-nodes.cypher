// Idempotent upsert of seed/import nodes. Labels are validated against seed/schema.ts NODE_KINDS before
// they reach this statement (Neo4j 5.26 dynamic labels: SET n:$(list)).
// @param rows: [{id, labels: [string], props: map}]
// returns: count
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props
SET n:$(row.labels)
SET n._search = toLower(reduce(text = coalesce(n.name, '') + '\n' + coalesce(n.nameEn, ''), alias IN coalesce(n.aliases, []) | text + '\n' + alias))
RETURN count(n) AS count
