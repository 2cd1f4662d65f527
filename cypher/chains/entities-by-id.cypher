// Nodes by id, for checking what-if input (organisations to remove, capabilities to grant).
// @param ids: [string]
// returns: node (property map); no row for an unknown id
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN properties(n) AS node
