// One ring of a breadth-first expansion: neighbours of the frontier not already in the view, most
// connected first, paged with skip/limit so a supernode never floods the client. Sized for hubs with tens of
// thousands of neighbours: the page is a top-k (SKIP/LIMIT inside its own subquery) over each neighbour's
// degree (getDegree, no relationship is read), the total a count of distinct neighbours, and the excluded
// nodes are compared by identity; nothing collects the whole ring, and only the page's properties are read.
// @param frontier: [string]
// @param types: [string] | null
// @param kinds: [string] | null
// @param exclude: [string]
// @param skip: int
// @param limit: int
// @param full: boolean (also return each node's property map)
// returns: the lean columns (as neighbor-start), degree, capabilities (HAS_CAPABILITY count), props (the
//          property map, null unless $full), total (size of the whole ring before paging)
OPTIONAL MATCH (x:Entity)
WHERE x.id IN $exclude
WITH collect(x) AS excluded
CALL (excluded) {
  UNWIND $frontier AS fid
  MATCH (:Entity {id: fid})-[r]-(b:Entity)
  WHERE ($types IS NULL OR type(r) IN $types) AND ($kinds IS NULL OR b.kind IN $kinds) AND NOT b IN excluded
  RETURN count(DISTINCT b) AS total
}
CALL (excluded) {
  UNWIND $frontier AS fid
  MATCH (:Entity {id: fid})-[r]-(b:Entity)
  WHERE ($types IS NULL OR type(r) IN $types) AND ($kinds IS NULL OR b.kind IN $kinds) AND NOT b IN excluded
  WITH DISTINCT b
  WITH b, COUNT { (b)--() } AS degree
  ORDER BY degree DESC, b.id
  SKIP $skip
  LIMIT $limit
  RETURN b AS n, degree
}
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.nameEn AS nameEn, n.aliases AS aliases, n.district AS district,
       n.chainId AS chainId, n.order AS `order`, n.stage AS stage,
       n.source AS source, n.basis AS basis, n.tier AS tier, n.asOf AS asOf, n.uncertain AS uncertain,
       degree, COUNT { (n)-[:HAS_CAPABILITY]-() } AS capabilities, CASE WHEN $full THEN properties(n) END AS props,
       total
