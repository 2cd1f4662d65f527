// Keys of proposals reviewers rejected (kind|id-or-text, TYPE|from|to): a re-ingest does not propose them again.
// returns: key
MATCH (r:RejectedProposal)
RETURN r.key AS key
