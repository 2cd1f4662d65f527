// What the gap rules read about organisations, as ONE row: every organisation placed in one of $segments and
// every local organisation holding one of $techs (R(S), 延链 candidates), only the kinds the rules know, each
// with the ids it supplies and collaborates with. One row of lists, no property maps: at 20,000
// organisations, streaming 20,000 records and decoding maps cost more than the query itself.
// Partners may lie outside the set (the caller keeps links among its organisations: cheaper than a list
// membership test per link here). Lists may repeat an id; the caller de-duplicates.
// @param segments: [string]
// @param techs: [string]
// @param kinds: [string]
// returns: orgs: [[id, kind, local (null when unknown), [segment id among $segments], [tech id among $techs],
//                  [id it SUPPLIES], [id it COLLABORATES_WITH, talks and co-hosting left out]]]
CALL () {
  UNWIND $segments AS sid
  MATCH (:Entity {id: sid})<-[:IN_SEGMENT]-(o:Org)
  RETURN o, sid AS segment, null AS tech
  UNION ALL
  UNWIND $techs AS tid
  MATCH (:Entity {id: tid})<-[:HAS_CAPABILITY]-(o:Org)
  RETURN o, null AS segment, tid AS tech
}
WITH o, collect(segment) AS segments, collect(tech) AS capabilities
WHERE o.kind IN $kinds AND (size(segments) > 0 OR o.local = true)
RETURN collect([
  o.id, o.kind, o.local, segments, capabilities,
  COLLECT { MATCH (o)-[:SUPPLIES]->(b) RETURN b.id },
  // Talks and meeting co-hosting are not working ties (LIGHT_COLLABORATION_KINDS in server/contracts/model.ts).
  COLLECT { MATCH (o)-[c:COLLABORATES_WITH]->(b) WHERE NOT coalesce(c.kind, '') IN ['talks', 'co-hosting'] RETURN b.id }
]) AS orgs
