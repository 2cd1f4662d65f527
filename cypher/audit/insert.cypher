// One audit entry (bookkeeping, not :Entity), after audit/head in the same transaction: plain `seq` and the
// chain links, the rest sealed (meta: who/when/what; body: details and changes). Runs inside the transaction
// of the change it records when the change goes through the import, user or generic audit code.
// @param seq
// @param prevHash
// @param hash
// @param meta
// @param body
// returns: seq
MATCH (h:AuditChain {id: 'head'})
CREATE (a:AuditEntry {seq: $seq, prevHash: $prevHash, hash: $hash, meta: $meta, body: $body})
SET h.seq = $seq, h.hash = $hash
REMOVE h._lock
RETURN a.seq AS seq
