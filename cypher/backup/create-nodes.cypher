// Restore: one batch of nodes, staged under :_Restoring until the whole restore is verified. Labels come
// from the backup file, checked against the label pattern before they get here (dynamic labels, 5.26).
// An :Entity gets its derived search text (decision 043); the backup file never carries it.
// @param rows: [{id: string, labels: [string], props: map}]
// returns: id, eid
UNWIND $rows AS row
CREATE (n:_Restoring)
SET n = row.props
SET n:$(row.labels)
WITH n, row
CALL (n) {
  WITH n WHERE n:Entity
  SET n._search = toLower(reduce(text = coalesce(n.name, '') + '\n' + coalesce(n.nameEn, ''), alias IN coalesce(n.aliases, []) | text + '\n' + alias))
}
RETURN row.id AS id, elementId(n) AS eid
