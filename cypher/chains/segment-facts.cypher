// What the gap rules decide on (SegmentFacts in server/domain/gaps/rules.ts), for every segment of every chain,
// as aggregates: one row per segment instead of every organisation with its partners (orgs-and-links.cypher,
// which the per-chain report still reads for its evidence). The same sets as the report's ChainIndex:
//   E(S)  = local enterprises placed in S;  R(S) = local research organisations ($research) placed in S or
//   holding a technology S requires;  non-local = organisations of the rules' kinds ($kinds) placed in S whose
//   `local` is not true;  neighbours = FEEDS segments either way, not S itself.
// S's members are read once; set operations hash (distinct counts) instead of walking every member's
// relationships; each EXISTS stops at its first match (a linked segment costs a few expansions).
// @param kinds: [string]
// @param research: [string]
// returns: id, enterprises, research, nonLocal, capable (an enterprise of E(S) holds a technology S requires),
//          hasNeighbour, linked, integrated (the required technologies come with list-chains.cypher)
MATCH (s:Segment)-[:PART_OF]->(:Chain)
WITH DISTINCT s
WITH s,
     COLLECT { MATCH (s)-[:FEEDS]-(n:Segment) WHERE n <> s RETURN DISTINCT n } AS neighbours,
     COLLECT { MATCH (s)-[:REQUIRES]->(t:Technology) RETURN DISTINCT t } AS techs
CALL (s) {
  MATCH (s)<-[:IN_SEGMENT]-(o:Org)
  WITH DISTINCT o
  WITH o, o.kind AS kind, coalesce(o.local = true, false) AS local
  WHERE kind IN $kinds
  RETURN count(CASE WHEN local AND kind = 'Enterprise' THEN o END) AS enterprises,
         count(CASE WHEN NOT local THEN o END) AS nonLocal,
         collect(CASE WHEN local AND kind = 'Enterprise' THEN o END) AS ents,
         collect(CASE WHEN local AND kind IN $research THEN o END) AS placedResearch
}
// R(S): its research members and the local research organisations holding a technology S requires.
CALL (techs, placedResearch) {
  UNWIND techs AS t
  MATCH (t)<-[:HAS_CAPABILITY]-(o:Org)
  // kind first (most holders are enterprises): one property read for them instead of two
  WHERE CASE WHEN o.kind IN $research THEN o.local = true ELSE false END
  WITH collect(o) AS held
  UNWIND placedResearch + held AS o
  RETURN count(DISTINCT o) AS research
}
// Vertical integration: an enterprise of E(S) is also placed in a neighbour (E(S) meets the neighbours' members).
CALL (neighbours, ents) {
  UNWIND neighbours AS n
  MATCH (n)<-[:IN_SEGMENT]-(o)
  WITH collect(DISTINCT o) AS near
  CALL (near, ents) {
    UNWIND ents + near AS o
    RETURN count(DISTINCT o) AS joined
  }
  RETURN joined < size(ents) + size(near) AS integrated
}
RETURN s.id AS id,
       enterprises,
       research,
       nonLocal,
       EXISTS {
         UNWIND ents AS e
         MATCH (e)-[:HAS_CAPABILITY]->(t)
         WHERE t IN techs
       } AS capable,
       size(neighbours) > 0 AS hasNeighbour,
       EXISTS {
         UNWIND ents AS e
         MATCH (e)-[r:SUPPLIES|COLLABORATES_WITH]-(p:Org)-[:IN_SEGMENT]->(n)
         WHERE p.kind = 'Enterprise' AND p.local = true AND n IN neighbours
           // Talks and meeting co-hosting are not working ties (LIGHT_COLLABORATION_KINDS in server/contracts/model.ts).
           AND (type(r) = 'SUPPLIES' OR NOT coalesce(r.kind, '') IN ['talks', 'co-hosting'])
       } AS linked,
       integrated
ORDER BY id
