// A stretch of the audit chain in order, for verification: entries with seq > $after, at most $limit.
// @param after: int
// @param limit: int
// returns: seq, prevHash, hash, meta, body
MATCH (a:AuditEntry)
WHERE a.seq > $after
RETURN a.seq AS seq, a.prevHash AS prevHash, a.hash AS hash, a.meta AS meta, a.body AS body
ORDER BY a.seq
LIMIT $limit
