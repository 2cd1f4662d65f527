// The sealed bodies (details, changes) of some audit entries (one page of the list).
// params: seqs: int[]
// returns: seq, body
MATCH (a:AuditEntry)
WHERE a.seq IN $seqs
RETURN a.seq AS seq, a.body AS body
