// Every audit entry's sealed meta (who, when, action, path, status …), newest first; the service unseals,
// filters and pages them (bureau scale: thousands, not millions).
// returns: seq, meta
MATCH (a:AuditEntry)
RETURN a.seq AS seq, a.meta AS meta
ORDER BY a.seq DESC
