// Audit entries, newest first, filtered; paged with skip/limit.
// params: by, action (prefix), path (substring), importId, from, to (ISO; to is exclusive) — each may be null;
//         skip: int, limit: int
// returns: entry (property map)
MATCH (a:AuditEntry)
WHERE ($by IS NULL OR a.by = $by)
  AND ($action IS NULL OR a.action STARTS WITH $action)
  AND ($path IS NULL OR a.path CONTAINS $path)
  AND ($importId IS NULL OR a.importId = $importId)
  AND ($from IS NULL OR a.at >= $from)
  AND ($to IS NULL OR a.at < $to)
RETURN properties(a) AS entry
ORDER BY a.at DESC, a.id DESC
SKIP $skip
LIMIT $limit
