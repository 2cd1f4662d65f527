// One ring of a breadth-first expansion: neighbours of the frontier not already in the view, most
// connected first, paged with skip/limit so a supernode never floods the client.
// @param frontier: [string]
// @param types: [string] | null
// @param kinds: [string] | null
// @param exclude: [string]
// @param skip: int
// @param limit: int
// returns: node, degree, capabilities (HAS_CAPABILITY count), total (size of the whole ring before paging)
UNWIND $frontier AS fid
MATCH (:Entity {id: fid})-[r]-(b:Entity)
WHERE ($types IS NULL OR type(r) IN $types) AND ($kinds IS NULL OR b.kind IN $kinds) AND NOT b.id IN $exclude
WITH DISTINCT b
WITH b, COUNT { (b)--() } AS degree
ORDER BY degree DESC, b.id
WITH collect({n: b, degree: degree}) AS ring
UNWIND ring[$skip..($skip + $limit)] AS row
WITH row, ring, row.n AS n
RETURN properties(n) AS node, row.degree AS degree, COUNT { (n)-[:HAS_CAPABILITY]-() } AS capabilities, size(ring) AS total
