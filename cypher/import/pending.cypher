// Staged imports the database still holds (at start: killed ones to discard or, once committed, to complete).
// returns: id, state, owner, heartbeatAt, file
MATCH (i:_Import)
RETURN i.id AS id, i.state AS state, i.owner AS owner, i.heartbeatAt AS heartbeatAt, i.file AS file
ORDER BY i.startedAt
