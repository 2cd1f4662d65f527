// Undo a failed or interrupted restore: remove a batch of staged nodes (and their relationships).
// @param limit: integer
// returns: deleted
MATCH (n:_Restoring)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
