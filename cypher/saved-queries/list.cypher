// Every saved query with its current version, most recently saved first.
// returns: id, current, version (map)
MATCH (q:SavedQuery)-[:HAS_VERSION]->(v:QueryVersion)
WHERE v.n = q.current
RETURN q.id AS id, q.current AS current, properties(v) AS version
ORDER BY q.updatedAt DESC
