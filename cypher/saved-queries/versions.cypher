// One saved query's versions, newest first, or (with n) one version only.
// params: id: string, n: int | null
// returns: current, version (map); no rows when the query (or that version) does not exist
MATCH (q:SavedQuery {id: $id})-[:HAS_VERSION]->(v:QueryVersion)
WHERE $n IS NULL OR v.n = $n
RETURN q.current AS current, properties(v) AS version
ORDER BY v.n DESC
