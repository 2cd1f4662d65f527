// Staged import, undo: remove up to $limit staged side nodes of an import that failed or was killed.
// @param importId: string
// @param limit: integer
// returns: deleted
MATCH (s:_ImportStaged {_importId: $importId})
WITH s LIMIT $limit
DETACH DELETE s
RETURN count(*) AS deleted
