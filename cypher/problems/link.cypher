// Attach a problem to its poster, its required technologies (with weights) and its chains, with provenance.
// Relationship ids are deterministic (TYPE:from->to), like the seed's.
// @param id: string
// @param poster: string
// @param prov: map
// @param requires: [{tech, weight}]
// @param chains: [string]
// returns: posted, required, chained (how many links were made)
MATCH (p:Problem {id: $id})
CALL (p) {
  MATCH (o:Entity {id: $poster}) WHERE o:Org
  MERGE (o)-[r:POSTED {id: 'POSTED:' + o.id + '->' + p.id}]->(p)
  SET r += $prov
  RETURN count(r) AS posted
}
CALL (p) {
  UNWIND $requires AS requirement
  MATCH (t:Entity {id: requirement.tech}) WHERE t:Technology
  MERGE (p)-[r:REQUIRES {id: 'REQUIRES:' + p.id + '->' + t.id}]->(t)
  SET r += $prov, r.weight = requirement.weight
  RETURN count(r) AS required
}
CALL (p) {
  UNWIND $chains AS chainId
  MATCH (c:Entity {id: chainId}) WHERE c:Chain
  MERGE (p)-[r:IN_CHAIN {id: 'IN_CHAIN:' + p.id + '->' + c.id}]->(c)
  SET r += $prov
  RETURN count(r) AS chained
}
RETURN posted, required, chained
