// Every ingested document, newest first, without its text or proposals.
// returns: document (summary map)
MATCH (d:Document)
RETURN d {.id, .title, .file, .format, .encoding, .sha256, .chars, .date, .number, .issuer, .issuerId, .status, .uploadedBy, .uploadedAt, .appliedBy, .appliedAt, .entityCount, .linkCount, .problemCount} AS document
ORDER BY d.uploadedAt DESC
