// One audit entry (bookkeeping, not :Entity). Runs inside the same transaction as the change it records
// when the change goes through the import or user code; details/changes are JSON strings.
// params: entry: {id, at, by, role, via, action, method, path, status, details, changes, importId, file}
// returns: id
CREATE (a:AuditEntry)
SET a = $entry
RETURN a.id AS id
