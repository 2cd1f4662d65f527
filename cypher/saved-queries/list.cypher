// Every saved query (not deleted) with its current version and owner, most recently saved first.
// returns: id, current, owner, version (map)
MATCH (q:SavedQuery)-[:HAS_VERSION]->(v:QueryVersion)
WHERE v.n = q.current AND q.deletedAt IS NULL
RETURN q.id AS id, q.current AS current, q.owner AS owner, properties(v) AS version
ORDER BY q.updatedAt DESC
