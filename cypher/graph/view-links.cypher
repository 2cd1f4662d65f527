// The lean graph view's links: relationships whose both ends are in $ids, only what the canvas draws.
// @param ids: [string]
// @param idSet: {id: true} (the same ids as a map: an O(1) membership test for the far end)
// @param types: [string] | null
// @param sources: [string] | null
// returns: id, type, source, target, kind (collaboration kind, drawn lighter), provenance scalars (source → from, basis, tier, asOf, uncertain)
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND $idSet[b.id] IS NOT NULL
  AND ($types IS NULL OR type(r) IN $types)
  AND ($sources IS NULL OR r.source IN $sources)
RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, r.kind AS kind, r.source AS origin,
       r.basis AS basis, r.tier AS tier, r.asOf AS asOf, r.uncertain AS uncertain
