// The organisations the gap rules read: every organisation placed in one of the segments, and every local
// organisation holding one of the technologies (R(S) and 延链 candidates). Only the kinds the rules know.
// params: segments: [string], techs: [string], kinds: [string]
// returns: node (property map with provenance), segments: [id] (among $segments), capabilities: [id] (among $techs)
CALL () {
  UNWIND $segments AS sid
  MATCH (:Entity {id: sid})<-[:IN_SEGMENT]-(o:Org)
  RETURN o
  UNION
  UNWIND $techs AS tid
  MATCH (:Entity {id: tid})<-[:HAS_CAPABILITY]-(o:Org)
  WHERE o.local = true
  RETURN o
}
WITH o
WHERE o.kind IN $kinds
RETURN properties(o) AS node,
       COLLECT { MATCH (o)-[:IN_SEGMENT]->(s:Segment) WHERE s.id IN $segments RETURN DISTINCT s.id } AS segments,
       COLLECT { MATCH (o)-[:HAS_CAPABILITY]->(t:Technology) WHERE t.id IN $techs RETURN DISTINCT t.id } AS capabilities
ORDER BY o.id
