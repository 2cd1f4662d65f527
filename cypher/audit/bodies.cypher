// The sealed bodies (details, changes) of some audit entries (one page of the list).
// @param seqs: int[]
// returns: seq, body
MATCH (a:AuditEntry)
WHERE a.seq IN $seqs
RETURN a.seq AS seq, a.body AS body
