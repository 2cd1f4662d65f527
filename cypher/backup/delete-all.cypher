// restore --yes, after the safety backup: empty the database one batch at a time.
// @param limit: integer
// returns: deleted
MATCH (n)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
