// A depth-1 neighbour expansion in ONE statement (the explorer's focus and every "expand"): the start node from
// degree counts, the first ring as a top-k over each neighbour's degree (ties by id), the ring's whole size, and
// the links among the shown nodes. The same answer as neighbor-start + neighbor-ring + links-among (the loop
// that deeper expansions use; tests/db/neighbors-one-ring.test.ts compares them), two round trips fewer, and
// the shown nodes are compared by identity instead of reading every far end's id.
// Lean by default (decision 045): every node and link is a flat list of the scalars the canvas draws, the same
// fields as view-nodes/view-links; the whole property map (quotes, URLs, claims) only when $full is true.
// @param id: string
// @param types: [string] | null
// @param kinds: [string] | null
// @param skip: int
// @param limit: int
// @param full: boolean (also return each node's and link's property map)
// returns: the start node's id, kind, name, nameEn, aliases, district, chainId, order, stage, source, basis, tier,
//          asOf, uncertain, degree, capabilities and props (its property map, null unless $full);
//          total (size of the ring before paging);
//          ring: [[the same sixteen scalars, props]] most connected first;
//          links: [[id, type, source id, target id, kind, source, basis, tier, asOf, uncertain, props]]
//          (no row for an unknown id)
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
  RETURN collect([b.id, b.kind, b.name, b.nameEn, b.aliases, b.district, b.chainId, b.order, b.stage,
                  b.source, b.basis, b.tier, b.asOf, b.uncertain, degree, COUNT { (b)-[:HAS_CAPABILITY]-() },
                  CASE WHEN $full THEN properties(b) END]) AS ring,
         collect(b) AS ringNodes
}
WITH s, total, ring, [s] + ringNodes AS shown
CALL (shown) {
  UNWIND shown AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN shown AND ($types IS NULL OR type(r) IN $types)
  RETURN collect([r.id, type(r), a.id, b.id, r.kind, r.source, r.basis, r.tier, r.asOf, r.uncertain,
                  CASE WHEN $full THEN properties(r) END]) AS links
}
RETURN s.id AS id, s.kind AS kind, s.name AS name, s.nameEn AS nameEn, s.aliases AS aliases, s.district AS district,
       s.chainId AS chainId, s.order AS `order`, s.stage AS stage,
       s.source AS source, s.basis AS basis, s.tier AS tier, s.asOf AS asOf, s.uncertain AS uncertain,
       COUNT { (s)--() } AS degree, COUNT { (s)-[:HAS_CAPABILITY]-() } AS capabilities,
       CASE WHEN $full THEN properties(s) END AS props, total, ring, links
