// Save a new version of a query: the version number is taken under the query node's write lock.
// @param id: string
// @param now: string
// @param version: map (title, description, text, params JSON, view, barX, barY, note, restoredFrom)
// returns: n (no row when the query does not exist or is deleted)
MATCH (q:SavedQuery {id: $id}) WHERE q.deletedAt IS NULL
SET q._lock = true
WITH q, q.current + 1 AS n
SET q.current = n, q.updatedAt = $now
REMOVE q._lock
CREATE (q)-[:HAS_VERSION]->(v:QueryVersion {queryId: $id, n: n, savedAt: $now})
SET v += $version
RETURN n
