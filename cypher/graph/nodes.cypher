// Domain nodes for the graph view, highest degree first (so a limit keeps the hubs), with the total count.
// @param ids: [string] | null (restrict to these)
// @param kinds: [string] | null
// @param sources: [string] | null
// @param districts: [string] | null (organisations in these districts; nodes of other kinds have no district and stay)
// @param limit: int
// returns: node (property map), degree, capabilities (HAS_CAPABILITY count, for sizing), total (matches before the limit)
MATCH (n:Entity)
WHERE ($ids IS NULL OR n.id IN $ids)
  AND ($kinds IS NULL OR n.kind IN $kinds)
  AND ($sources IS NULL OR n.source IN $sources)
  AND ($districts IS NULL OR n.district IN $districts OR (n.district IS NULL AND NOT n:Org))
WITH n, COUNT { (n)--() } AS degree
ORDER BY degree DESC, n.id
WITH collect({n: n, degree: degree}) AS matched
UNWIND matched[0..$limit] AS row
WITH row, matched, row.n AS n
RETURN properties(n) AS node, row.degree AS degree, COUNT { (n)-[:HAS_CAPABILITY]-() } AS capabilities, size(matched) AS total
