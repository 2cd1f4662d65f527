// Audit entries still in the plaintext format of before issue 11 (no seq), oldest first, a batch at a time.
// @param limit: int
// returns: elementId, props
MATCH (a:AuditEntry)
WHERE a.seq IS NULL
RETURN elementId(a) AS elementId, properties(a) AS props
ORDER BY a.at, a.id
LIMIT $limit
