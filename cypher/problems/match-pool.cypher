// One page of a matching pool's members with what scoring needs and their ties (the ids come from
// problems/match-members). Capabilities are restricted to $techs (the technologies of the problems being matched).
// Ties are the member's outgoing working links (collaboration, supply, subsidiary, joint venture, platform
// operation: each returned once, from its start) to a candidate-kind organisation, and the shared projects with
// organisations of a greater id (each pair once; the project id is the evidence). Talks and meeting co-hosting
// are not working ties (LIGHT_COLLABORATION_KINDS in server/contracts/model.ts). The repo keeps the ties whose
// far end is in the pool. One statement per page for details and ties: it reads each member once, and the
// database spends about a third less than two statements did (decision 046).
// @param ids: [string]
// @param techs: [string]
// @param kinds: [string]
// returns: id, name, nameEn, kind, local, district, caps [[tech, level, link, basis]], projects [[id, [tech]]],
//          platforms [[id, [tech], [chain]]], consortia [id of *formed* saved consortia on problems that are not closed —
//          a proposed consortium is a planner's draft and does not load its members],
//          ties [[b, type, evidence (relationship id), basis (stated|inferred|editorial)]], coProjects [[b, project id]]
// Nested lists, not maps: the repo reads them with Tx.runFlat and builds its rows in one pass (decision 044).
UNWIND $ids AS memberId
MATCH (o:Entity {id: memberId})
RETURN o.id AS id, o.name AS name, o.nameEn AS nameEn, o.kind AS kind, coalesce(o.local, false) AS local, o.district AS district,
       COLLECT { MATCH (o)-[r:HAS_CAPABILITY]->(t:Technology) WHERE t.id IN $techs RETURN [t.id, coalesce(r.level, 1), r.id, r.basis] } AS caps,
       COLLECT { MATCH (o)-[:LEADS|PARTICIPATES_IN]->(p:Project)
                 RETURN [p.id, COLLECT { MATCH (p)-[:ADDRESSES]->(t:Technology) RETURN t.id }] } AS projects,
       COLLECT { MATCH (o)-[:OPERATES]->(pl:Platform)
                 RETURN [pl.id, COLLECT { MATCH (pl)-[:HAS_CAPABILITY]->(t:Technology) RETURN t.id },
                         COLLECT { MATCH (pl)-[:IN_CHAIN]->(c:Chain) RETURN c.id }] } AS platforms,
       COLLECT { MATCH (o)-[:MEMBER_OF]->(c:Consortium)-[:ADDRESSES]->(pr:Problem) WHERE pr.status <> 'closed' AND c.status = 'formed' RETURN DISTINCT c.id } AS consortia,
       COLLECT { MATCH (o)-[r:COLLABORATES_WITH|SUPPLIES|SUBSIDIARY_OF|JOINT_VENTURE_WITH|OPERATES]->(b:Org)
                 WHERE b.kind IN $kinds AND NOT coalesce(r.kind, '') IN ['talks', 'co-hosting']
                 RETURN [b.id, type(r), r.id, r.basis] } AS ties,
       COLLECT { MATCH (o)-[:LEADS|PARTICIPATES_IN]->(p:Project)<-[:LEADS|PARTICIPATES_IN]-(b:Org)
                 WHERE o.id < b.id AND b.kind IN $kinds
                 RETURN DISTINCT [b.id, p.id] } AS coProjects
