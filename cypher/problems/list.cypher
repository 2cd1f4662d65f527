// 揭榜挂帅 problems with their poster, weighted technologies, chains and saved-consortium count, by deadline.
// @param ids: [string] | null
// @param status: [string] | null
// @param deadlineBefore: string | null
// @param deadlineAfter: string | null (ISO dates compare as strings)
// @param chain: string | null
// @param technology: string | null
// @param limit: int
// returns: problem (property map), poster {id, name, nameEn, kind} | null, requires [{id, name, nameEn, weight}],
//          chains [{id, name, nameEn}], consortia (count)
MATCH (p:Problem)
WHERE ($ids IS NULL OR p.id IN $ids)
  AND ($status IS NULL OR p.status IN $status)
  AND ($deadlineBefore IS NULL OR p.deadline <= $deadlineBefore)
  AND ($deadlineAfter IS NULL OR p.deadline >= $deadlineAfter)
  AND ($chain IS NULL OR EXISTS { (p)-[:IN_CHAIN]->(:Chain {id: $chain}) })
  AND ($technology IS NULL OR EXISTS { (p)-[:REQUIRES]->(:Technology {id: $technology}) })
WITH p
ORDER BY p.deadline, p.id
LIMIT $limit
RETURN properties(p) AS problem,
       head(COLLECT { MATCH (o:Org)-[:POSTED]->(p) RETURN {id: o.id, name: o.name, nameEn: o.nameEn, kind: o.kind} ORDER BY o.id }) AS poster,
       COLLECT { MATCH (p)-[r:REQUIRES]->(t:Technology) RETURN {id: t.id, name: t.name, nameEn: t.nameEn, weight: r.weight} ORDER BY r.weight DESC, t.id } AS requires,
       COLLECT { MATCH (p)-[:IN_CHAIN]->(c:Chain) RETURN {id: c.id, name: c.name, nameEn: c.nameEn} ORDER BY c.id } AS chains,
       COUNT { (:Consortium)-[:ADDRESSES]->(p) } AS consortia
