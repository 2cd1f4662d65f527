// Staged import: heartbeat and progress on the marker, only while it is in the expected state (0 rows back =
// the marker is gone or moved on: another process judged this import dead and discarded it).
// @param importId: string
// @param state: string
// @param staged: integer (rows staged by this batch)
// @param flipped: integer (rows flipped by this batch)
// @param now: string (ISO time)
// returns: count
MATCH (i:_Import {id: $importId})
WHERE i.state = $state
SET i.heartbeatAt = $now, i.staged = i.staged + $staged, i.flipped = i.flipped + $flipped
RETURN count(i) AS count
