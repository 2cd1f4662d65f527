// Start-up backfill (decision 043): up to $limit entities that have no search text yet get one (an older
// database, or nodes written outside the app). Run in batches until it returns fewer than $limit.
// @param limit: int (nodes per transaction)
// returns: count
MATCH (n:Entity)
WHERE n._search IS NULL
WITH n LIMIT $limit
SET n._search = toLower(reduce(text = coalesce(n.name, '') + '\n' + coalesce(n.nameEn, ''), alias IN coalesce(n.aliases, []) | text + '\n' + alias))
RETURN count(n) AS count
