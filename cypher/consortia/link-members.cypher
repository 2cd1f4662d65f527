// Make the given organisations members of a consortium with their roles (lead | member).
// @param id: string
// @param members: [{org, role}]
// @param prov: map
// returns: members (how many links were made)
MATCH (c:Consortium {id: $id})
UNWIND $members AS member
MATCH (o:Entity {id: member.org}) WHERE o:Org
MERGE (o)-[r:MEMBER_OF {id: 'MEMBER_OF:' + o.id + '->' + c.id}]->(c)
SET r += $prov, r.role = member.role
RETURN count(r) AS members
