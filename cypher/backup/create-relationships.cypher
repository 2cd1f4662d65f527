// Restore: one batch of relationships between nodes this restore created (element ids from create-nodes).
// @param rows: [{from: string, to: string, type: string, props: map}]
// returns: created
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.from
MATCH (b) WHERE elementId(b) = row.to
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(r) AS created
