// The candidate pool for matching: organisations of the candidate kinds that hold one of $techs, the $seeds
// (posters, what-if members), and every candidate tied to one of those (collaboration, supply, subsidiary,
// platform operation, or a shared project). With $all, simply every organisation of the candidate kinds
// (one snapshot shared by many problems; each problem's own pool is then cut from it in code).
// @param all: boolean
// @param kinds: [string]
// @param techs: [string]
// @param seeds: [string]
// returns: id, name, nameEn, kind, local, district, caps [{tech, level, link, basis}], projects [{id, techs}],
//          platforms [{id, techs, chains}], consortia [id of *formed* saved consortia on problems that are not closed —
//          a proposed consortium is a planner's draft and does not load its members]
CALL () {
  MATCH (o:Org)
  WHERE $all AND o.kind IN $kinds
  RETURN o
  UNION
  UNWIND $techs AS techId
  MATCH (:Entity {id: techId})<-[:HAS_CAPABILITY]-(o:Org)
  WHERE NOT $all AND o.kind IN $kinds
  RETURN o
  UNION
  UNWIND $seeds AS seedId
  MATCH (o:Entity {id: seedId})
  WHERE NOT $all AND o:Org AND o.kind IN $kinds
  RETURN o
}
WITH collect(o) AS core
// With $all every candidate is already in; the neighbour branches then get nothing to expand.
CALL (core) {
  UNWIND core AS o
  RETURN o AS member
  UNION
  UNWIND CASE WHEN $all THEN [] ELSE core END AS o
  MATCH (o)-[r:COLLABORATES_WITH|SUPPLIES|SUBSIDIARY_OF|JOINT_VENTURE_WITH|OPERATES]-(n:Org)
  WHERE n.kind IN $kinds AND NOT coalesce(r.kind, '') IN ['talks', 'co-hosting']
  RETURN n AS member
  UNION
  UNWIND CASE WHEN $all THEN [] ELSE core END AS o
  MATCH (o)-[:LEADS|PARTICIPATES_IN]->(:Project)<-[:LEADS|PARTICIPATES_IN]-(n:Org)
  WHERE n.kind IN $kinds
  RETURN n AS member
}
WITH DISTINCT member AS o
RETURN o.id AS id, o.name AS name, o.nameEn AS nameEn, o.kind AS kind, coalesce(o.local, false) AS local, o.district AS district,
       COLLECT { MATCH (o)-[r:HAS_CAPABILITY]->(t:Technology) WHERE t.id IN $techs RETURN {tech: t.id, level: coalesce(r.level, 1), link: r.id, basis: r.basis} } AS caps,
       COLLECT { MATCH (o)-[:LEADS|PARTICIPATES_IN]->(p:Project)
                 RETURN {id: p.id, techs: COLLECT { MATCH (p)-[:ADDRESSES]->(t:Technology) RETURN t.id }} } AS projects,
       COLLECT { MATCH (o)-[:OPERATES]->(pl:Platform)
                 RETURN {id: pl.id, techs: COLLECT { MATCH (pl)-[:HAS_CAPABILITY]->(t:Technology) RETURN t.id },
                         chains: COLLECT { MATCH (pl)-[:IN_CHAIN]->(c:Chain) RETURN c.id }} } AS platforms,
       COLLECT { MATCH (o)-[:MEMBER_OF]->(c:Consortium)-[:ADDRESSES]->(pr:Problem) WHERE pr.status <> 'closed' AND c.status = 'formed' RETURN DISTINCT c.id } AS consortia
