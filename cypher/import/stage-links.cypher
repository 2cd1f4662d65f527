// Staged import: one batch of relationship writes as side nodes (no relationship exists until the flip).
// @param importId: string
// @param rows: [{id, type, from, to, props: map}]
// returns: count
UNWIND $rows AS row
CREATE (s:_ImportStaged:_ImportLink)
SET s = row.props
SET s.id = row.id, s._importId = $importId, s._type = row.type, s._from = row.from, s._to = row.to
RETURN count(s) AS count
