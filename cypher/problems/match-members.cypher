// The members of a matching pool, ids only (the first step of a snapshot; their details are read in pages by
// problems/match-pool): organisations of the candidate kinds that hold one of $techs, the $seeds (posters,
// what-if members), and every candidate tied to one of those (collaboration, supply, subsidiary, platform
// operation, or a shared project). Index-driven: it starts from the technologies and seeds by id and expands
// from there, so its cost follows the technologies asked for, never the size of the graph. A batch of problems
// passes the union of their technologies and seeds; each problem's own pool is cut from it in code.
// @param kinds: [string]
// @param techs: [string]
// @param seeds: [string]
// returns: id (each member once)
CALL () {
  UNWIND $techs AS techId
  MATCH (:Entity {id: techId})<-[:HAS_CAPABILITY]-(o:Org)
  WHERE o.kind IN $kinds
  RETURN o
  UNION
  UNWIND $seeds AS seedId
  MATCH (o:Entity {id: seedId})
  WHERE o:Org AND o.kind IN $kinds
  RETURN o
}
// One core organisation at a time, never the whole core as a list in every row: a DISTINCT over rows that each
// carry that list costs core × pool memory (why the old one-read batch was refused at 50,000 organisations).
CALL (o) {
  RETURN o AS member
  UNION ALL
  MATCH (o)-[r:COLLABORATES_WITH|SUPPLIES|SUBSIDIARY_OF|JOINT_VENTURE_WITH|OPERATES]-(n:Org)
  WHERE n.kind IN $kinds AND NOT coalesce(r.kind, '') IN ['talks', 'co-hosting']
  RETURN n AS member
  UNION ALL
  MATCH (o)-[:LEADS|PARTICIPATES_IN]->(:Project)<-[:LEADS|PARTICIPATES_IN]-(n:Org)
  WHERE n.kind IN $kinds
  RETURN n AS member
}
WITH DISTINCT member AS o
RETURN o.id AS id
