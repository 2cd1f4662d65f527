// Saved consortia with the problem they address and their members (lead first).
// @param ids: [string] | null
// @param status: [string] | null
// @param problem: string | null
// @param org: string | null
// returns: consortium (property map), problem {id, name, nameEn, status} | null, members [{id, name, nameEn, kind, role}]
MATCH (c:Consortium)
WHERE ($ids IS NULL OR c.id IN $ids)
  AND ($status IS NULL OR c.status IN $status)
  AND ($problem IS NULL OR EXISTS { (c)-[:ADDRESSES]->(:Problem {id: $problem}) })
  AND ($org IS NULL OR EXISTS { (:Org {id: $org})-[:MEMBER_OF]->(c) })
RETURN properties(c) AS consortium,
       head(COLLECT { MATCH (c)-[:ADDRESSES]->(p:Problem) RETURN {id: p.id, name: p.name, nameEn: p.nameEn, status: p.status} }) AS problem,
       COLLECT { MATCH (o:Org)-[r:MEMBER_OF]->(c)
                 RETURN {id: o.id, name: o.name, nameEn: o.nameEn, kind: o.kind, role: r.role}
                 ORDER BY CASE r.role WHEN 'lead' THEN 0 ELSE 1 END, o.id } AS members
ORDER BY c.asOf DESC, c.id
