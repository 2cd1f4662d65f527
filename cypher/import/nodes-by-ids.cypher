// Stored domain nodes with these ids (the import compares before it writes).
// @param ids: [string]
// returns: node (property map)
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN properties(n) AS node
