// Relationships whose both ends are in $ids (the links of a view).
// params: ids: [string], types: [string] | null, sources: [string] | null
// returns: id, type, source, target, props
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids
  AND ($types IS NULL OR type(r) IN $types)
  AND ($sources IS NULL OR r.source IN $sources)
RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props
