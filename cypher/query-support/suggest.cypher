// Picker suggestions for query parameters: nodes of some kinds, optionally within a chain (segments) and
// matching a substring of the name, English name, alias or id; exact and prefix matches first, then hubs.
// @param kinds: [string]
// @param chain: string | null
// @param needle: string | null (lower-cased)
// @param limit: int
// returns: id, kind, name, nameEn
MATCH (n:Entity)
WHERE n.kind IN $kinds
  AND ($chain IS NULL OR n.chainId = $chain)
WITH n, [x IN [n.name, coalesce(n.nameEn, ''), n.id] + coalesce(n.aliases, []) | toLower(x)] AS names
WHERE $needle IS NULL OR any(x IN names WHERE x CONTAINS $needle)
WITH n, CASE WHEN $needle IS NULL THEN 0
             WHEN $needle IN names THEN 2
             WHEN any(x IN names WHERE x STARTS WITH $needle) THEN 1 ELSE 0 END AS match,
     COUNT { (n)--() } AS degree
ORDER BY match DESC, coalesce(n.order, 0), degree DESC, n.id
LIMIT $limit
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.nameEn AS nameEn
