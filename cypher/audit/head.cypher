// Take the audit chain's head for this transaction: the write lock on the one :AuditChain node serialises
// entries, so each gets the next `seq` and links to the entry before it. Read after the lock is held.
// returns: seq (last entry's number, 0 for none), hash (last entry's link, '' for none)
MERGE (h:AuditChain {id: 'head'})
ON CREATE SET h.seq = 0, h.hash = ''
SET h._lock = true
RETURN h.seq AS seq, h.hash AS hash
