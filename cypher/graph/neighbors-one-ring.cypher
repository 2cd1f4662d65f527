// A depth-1 neighbour expansion in ONE statement (the explorer's focus and every "expand"): the start node from
// degree counts, the first ring as a top-k over each neighbour's degree (ties by id), the ring's whole size, and
// the links among the shown nodes. The same answer as neighbor-start + neighbor-ring + links-among (the loop
// that deeper expansions use; tests/db/neighbors-one-ring.test.ts compares them), two round trips fewer, and
// the shown nodes are compared by identity instead of reading every far end's id.
// @param id: string
// @param types: [string] | null
// @param kinds: [string] | null
// @param skip: int
// @param limit: int
// returns: node, degree, capabilities, total (size of the ring before paging),
//          ring: [[properties, degree, capabilities]] most connected first,
//          links: [[id, type, source id, target id, properties]] (no row for an unknown id)
MATCH (s:Entity {id: $id})
CALL (s) {
  MATCH (s)-[r]-(b:Entity)
  WHERE ($types IS NULL OR type(r) IN $types) AND ($kinds IS NULL OR b.kind IN $kinds) AND b <> s
  RETURN count(DISTINCT b) AS total
}
CALL (s) {
  MATCH (s)-[r]-(b:Entity)
  WHERE ($types IS NULL OR type(r) IN $types) AND ($kinds IS NULL OR b.kind IN $kinds) AND b <> s
  WITH DISTINCT b
  WITH b, COUNT { (b)--() } AS degree
  ORDER BY degree DESC, b.id
  SKIP $skip
  LIMIT $limit
  RETURN collect([properties(b), degree, COUNT { (b)-[:HAS_CAPABILITY]-() }]) AS ring, collect(b) AS ringNodes
}
WITH s, total, ring, [s] + ringNodes AS shown
CALL (shown) {
  UNWIND shown AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN shown AND ($types IS NULL OR type(r) IN $types)
  RETURN collect([r.id, type(r), a.id, b.id, properties(r)]) AS links
}
RETURN properties(s) AS node, COUNT { (s)--() } AS degree, COUNT { (s)-[:HAS_CAPABILITY]-() } AS capabilities,
       total, ring, links
