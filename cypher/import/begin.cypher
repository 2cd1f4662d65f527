// Staged import, start: the marker that owns the staged rows (state 'staging' until the commit).
// @param importId: string
// @param file: string
// @param by: string
// @param owner: string (host:pid of the process writing it)
// @param now: string (ISO time)
// returns: id
CREATE (i:_Import {id: $importId, state: 'staging', file: $file, by: $by, owner: $owner,
                   startedAt: $now, heartbeatAt: $now, staged: 0, flipped: 0})
RETURN i.id AS id
