// Domain nodes for the graph view, highest degree first (so a limit keeps the hubs), with the total count.
// params: ids: [string] | null (restrict to these), kinds: [string] | null, sources: [string] | null, limit: int
// returns: node (property map), degree, total (matches before the limit)
MATCH (n:Entity)
WHERE ($ids IS NULL OR n.id IN $ids)
  AND ($kinds IS NULL OR n.kind IN $kinds)
  AND ($sources IS NULL OR n.source IN $sources)
WITH n, COUNT { (n)--() } AS degree
ORDER BY degree DESC, n.id
WITH collect({n: n, degree: degree}) AS matched
UNWIND matched[0..$limit] AS row
RETURN properties(row.n) AS node, row.degree AS degree, size(matched) AS total
