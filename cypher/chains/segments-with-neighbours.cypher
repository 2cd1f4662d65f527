// The segments of the given chains (all chains when $chains is null) plus their FEEDS neighbours in other
// chains: the broken rule looks at the local enterprises of every neighbour, whatever its chain.
// @param chains: [string] | null
// returns: id, name, nameEn, stage, order, chainId, techs: [{id, name, nameEn}], feeds: [downstream segment id]
MATCH (c:Chain)
WHERE $chains IS NULL OR c.id IN $chains
MATCH (own:Segment)-[:PART_OF]->(c)
WITH collect(DISTINCT own) AS owned
CALL (owned) {
  UNWIND owned AS s
  RETURN s
  UNION
  UNWIND owned AS o
  MATCH (o)-[:FEEDS]-(s:Segment)
  RETURN s
}
OPTIONAL MATCH (s)-[:PART_OF]->(chain:Chain)
RETURN s.id AS id, s.name AS name, s.nameEn AS nameEn, s.stage AS stage, s.order AS order, chain.id AS chainId,
       COLLECT { MATCH (s)-[:REQUIRES]->(t:Technology) RETURN {id: t.id, name: t.name, nameEn: t.nameEn} ORDER BY t.id } AS techs,
       COLLECT { MATCH (s)-[:FEEDS]->(d:Segment) RETURN d.id ORDER BY d.id } AS feeds
ORDER BY s.id
