// One page of a matching pool's members with what scoring needs (the ids come from problems/match-members).
// Capabilities are restricted to $techs (the technologies of the problems being matched).
// @param ids: [string]
// @param techs: [string]
// returns: id, name, nameEn, kind, local, district, caps [{tech, level, link, basis}], projects [{id, techs}],
//          platforms [{id, techs, chains}], consortia [id of *formed* saved consortia on problems that are not closed —
//          a proposed consortium is a planner's draft and does not load its members]
UNWIND $ids AS memberId
MATCH (o:Entity {id: memberId})
RETURN o.id AS id, o.name AS name, o.nameEn AS nameEn, o.kind AS kind, coalesce(o.local, false) AS local, o.district AS district,
       COLLECT { MATCH (o)-[r:HAS_CAPABILITY]->(t:Technology) WHERE t.id IN $techs RETURN {tech: t.id, level: coalesce(r.level, 1), link: r.id, basis: r.basis} } AS caps,
       COLLECT { MATCH (o)-[:LEADS|PARTICIPATES_IN]->(p:Project)
                 RETURN {id: p.id, techs: COLLECT { MATCH (p)-[:ADDRESSES]->(t:Technology) RETURN t.id }} } AS projects,
       COLLECT { MATCH (o)-[:OPERATES]->(pl:Platform)
                 RETURN {id: pl.id, techs: COLLECT { MATCH (pl)-[:HAS_CAPABILITY]->(t:Technology) RETURN t.id },
                         chains: COLLECT { MATCH (pl)-[:IN_CHAIN]->(c:Chain) RETURN c.id }} } AS platforms,
       COLLECT { MATCH (o)-[:MEMBER_OF]->(c:Consortium)-[:ADDRESSES]->(pr:Problem) WHERE pr.status <> 'closed' AND c.status = 'formed' RETURN DISTINCT c.id } AS consortia
