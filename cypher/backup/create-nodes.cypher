// Restore: one batch of nodes, staged under :_Restoring until the whole restore is verified. Labels come
// from the backup file, checked against the label pattern before they get here (dynamic labels, 5.26).
// @param rows: [{id: string, labels: [string], props: map}]
// returns: id, eid
UNWIND $rows AS row
CREATE (n:_Restoring)
SET n = row.props
SET n:$(row.labels)
RETURN row.id AS id, elementId(n) AS eid
