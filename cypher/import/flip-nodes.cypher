// Staged import, flip: up to $limit staged node writes become (or update) :Entity nodes; their side nodes go.
// Idempotent (MERGE by id, SET from the staged map), so a crash between batches is completed by re-running.
// @param importId: string
// @param limit: integer
// returns: count
MATCH (s:_ImportStaged {_importId: $importId})
WHERE s:_ImportNode
WITH s LIMIT $limit
MERGE (n:Entity {id: s.id})
SET n = properties(s)
SET n:$(s._labels)
REMOVE n._importId, n._labels
SET n._search = toLower(reduce(text = coalesce(n.name, '') + '\n' + coalesce(n.nameEn, ''), alias IN coalesce(n.aliases, []) | text + '\n' + alias))
DETACH DELETE s
RETURN count(*) AS count
