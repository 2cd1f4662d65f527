// Staged import: one batch of node writes as side nodes, without :Entity, so no read sees them. Each carries
// the node's final property map, its labels and the import id; the flip applies them.
// @param importId: string
// @param rows: [{id, labels: [string], props: map}]
// returns: count
UNWIND $rows AS row
CREATE (s:_ImportStaged:_ImportNode)
SET s = row.props
SET s.id = row.id, s._importId = $importId, s._labels = row.labels
RETURN count(s) AS count
