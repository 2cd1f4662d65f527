// Every node that belongs to a chain's picture: the chain, its segments, organisations in them, the
// technologies they require, and projects/problems/platforms/policies attached to the chain.
// @param chain: string
// returns: ids (no row when the chain does not exist)
MATCH (c:Chain {id: $chain})
OPTIONAL MATCH (s:Segment)-[:PART_OF]->(c)
WITH c, collect(DISTINCT s) AS segments
CALL (c, segments) {
  UNWIND segments AS s
  RETURN s.id AS id
  UNION
  UNWIND segments AS s
  MATCH (o:Org)-[:IN_SEGMENT]->(s)
  RETURN o.id AS id
  UNION
  UNWIND segments AS s
  MATCH (s)-[:REQUIRES]->(t:Technology)
  RETURN t.id AS id
  UNION
  MATCH (x:Entity)-[:IN_CHAIN|SUPPORTS]->(c)
  RETURN x.id AS id
  UNION
  RETURN c.id AS id
}
// grouping by c: no row at all for an unknown chain
RETURN c.id AS chain, collect(DISTINCT id) AS ids
