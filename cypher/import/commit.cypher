// Staged import, the commit point: the marker goes from 'staging' to 'committed' (in the transaction that also
// writes the audit entry and the first flip batch). 0 rows back = the import was discarded meanwhile.
// @param importId: string
// @param now: string (ISO time)
// returns: count
MATCH (i:_Import {id: $importId})
WHERE i.state = 'staging'
SET i.state = 'committed', i.committedAt = $now, i.heartbeatAt = $now
RETURN count(i) AS count
