// Look up the problem and organisations a consortium refers to (missing ids come back with a null kind).
// @param ids: [string]
// returns: id, kind, name (null when no such node)
UNWIND $ids AS wanted
OPTIONAL MATCH (n:Entity {id: wanted})
RETURN wanted AS id, n.kind AS kind, n.name AS name
