// What the explorer's filters can offer, with counts: chains (with segment counts), districts of
// organisations, node kinds, relationship types and provenance sources.
// returns: one row: chains [{id, name, nameEn, segments}], districts [{name, count}], kinds [{kind, count}],
//          types [{type, count}], sources [{source, count}]
CALL () {
  MATCH (c:Chain)
  WITH c, COUNT { (:Segment)-[:PART_OF]->(c) } AS segments
  ORDER BY c.name
  RETURN collect({id: c.id, name: c.name, nameEn: c.nameEn, segments: segments}) AS chains
}
CALL () {
  MATCH (n:Entity) WHERE n.district IS NOT NULL
  WITH n.district AS name, count(*) AS count
  ORDER BY count DESC, name
  RETURN collect({name: name, count: count}) AS districts
}
CALL () {
  MATCH (n:Entity)
  WITH n.kind AS kind, count(*) AS count
  ORDER BY count DESC
  RETURN collect({kind: kind, count: count}) AS kinds
}
CALL () {
  MATCH (:Entity)-[r]->(:Entity)
  WITH type(r) AS type, count(*) AS count
  ORDER BY count DESC
  RETURN collect({type: type, count: count}) AS types
}
CALL () {
  MATCH (n:Entity) WHERE n.source IS NOT NULL
  WITH n.source AS source, count(*) AS count
  ORDER BY count DESC
  RETURN collect({source: source, count: count}) AS sources
}
RETURN chains, districts, kinds, types, sources
