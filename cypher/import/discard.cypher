// Staged import, undo: remove up to $limit staged side nodes of an import that failed or was killed — only while
// its marker still says 'staging' (a commit whose answer was lost must not be undone).
// @param importId: string
// @param limit: integer
// returns: deleted
MATCH (i:_Import {id: $importId})
WHERE i.state = 'staging'
MATCH (s:_ImportStaged {_importId: $importId})
WITH s LIMIT $limit
DETACH DELETE s
RETURN count(*) AS deleted
