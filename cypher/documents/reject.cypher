// Remember rejected proposals by key (first rejection kept), so a re-ingest does not propose them again.
// @param rows: [{key, documentId, by, at}]
// returns: count
UNWIND $rows AS row
MERGE (r:RejectedProposal {key: row.key})
ON CREATE SET r.documentId = row.documentId, r.by = row.by, r.at = row.at
RETURN count(r) AS count
