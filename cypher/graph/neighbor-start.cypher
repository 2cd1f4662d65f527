// The node a neighbour expansion starts from: its properties, degree and HAS_CAPABILITY count, all from
// getDegree (graph/node's counts by type and direction iterate every relationship, 40,000 on a hub).
// @param id: string
// returns: node, degree, capabilities (no row for an unknown id)
MATCH (n:Entity {id: $id})
RETURN properties(n) AS node, COUNT { (n)--() } AS degree, COUNT { (n)-[:HAS_CAPABILITY]-() } AS capabilities
