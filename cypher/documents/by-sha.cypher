// The document with this content hash, if one was ingested already (a duplicate upload returns it).
// @param sha256: string
// returns: document (summary map)
MATCH (d:Document {sha256: $sha256})
RETURN d {.id, .title, .file, .format, .encoding, .sha256, .chars, .date, .number, .issuer, .issuerId, .status, .uploadedBy, .uploadedAt, .appliedBy, .appliedAt, .entityCount, .linkCount, .problemCount} AS document
