// The chain head as committed (no lock): the last entry's seq and link, and how many entries there are.
// returns: seq, hash (null when no entry was ever written), entries
OPTIONAL MATCH (h:AuditChain {id: 'head'})
RETURN h.seq AS seq, h.hash AS hash, COUNT { MATCH (a:AuditEntry) } AS entries
