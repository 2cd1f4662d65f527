// Every chain with its segments in flow order and the technologies each segment requires.
// returns: id, name, nameEn, segments: [{id, name, nameEn, stage, order, techs: [id]}] (ordered by order, id)
MATCH (c:Chain)
RETURN c.id AS id, c.name AS name, c.nameEn AS nameEn,
       COLLECT {
         MATCH (s:Segment)-[:PART_OF]->(c)
         WITH s ORDER BY s.order, s.id
         RETURN {
           id: s.id, name: s.name, nameEn: s.nameEn, stage: s.stage, order: s.order,
           techs: COLLECT { MATCH (s)-[:REQUIRES]->(t:Technology) RETURN t.id ORDER BY t.id }
         }
       } AS segments
ORDER BY c.id
