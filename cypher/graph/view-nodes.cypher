// The lean graph view's nodes: only what the canvas, filters and table draw (no property maps), hubs first.
// @param ids: [string] | null (restrict to these)
// @param kinds: [string] | null
// @param sources: [string] | null
// @param districts: [string] | null (organisations in these districts; nodes of other kinds have no district and stay)
// @param limit: int
// returns: id, kind, name, nameEn, aliases, district, chainId/order/stage (segments: the chain layout), source, basis, tier, asOf, uncertain (scalars), degree, capabilities (HAS_CAPABILITY count, for sizing), total (matches before the limit)
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
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.nameEn AS nameEn, n.aliases AS aliases, n.district AS district,
       n.chainId AS chainId, n.order AS `order`, n.stage AS stage,
       n.source AS source, n.basis AS basis, n.tier AS tier, n.asOf AS asOf, n.uncertain AS uncertain,
       row.degree AS degree, COUNT { (n)-[:HAS_CAPABILITY]-() } AS capabilities, size(matched) AS total
