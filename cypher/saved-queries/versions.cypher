// One saved query's versions, newest first, or (with n) one version only; a deleted query has none.
// @param id: string
// @param n: int | null
// returns: current, owner, version (map); no rows when the query (or that version) does not exist
MATCH (q:SavedQuery {id: $id})-[:HAS_VERSION]->(v:QueryVersion)
WHERE q.deletedAt IS NULL AND ($n IS NULL OR v.n = $n)
RETURN q.current AS current, q.owner AS owner, properties(v) AS version
ORDER BY v.n DESC
