// How many audit entries match the filters of audit/list.
// params: by, action, path, importId, from, to (each may be null)
// returns: total
MATCH (a:AuditEntry)
WHERE ($by IS NULL OR a.by = $by)
  AND ($action IS NULL OR a.action STARTS WITH $action)
  AND ($path IS NULL OR a.path CONTAINS $path)
  AND ($importId IS NULL OR a.importId = $importId)
  AND ($from IS NULL OR a.at >= $from)
  AND ($to IS NULL OR a.at < $to)
RETURN count(a) AS total
