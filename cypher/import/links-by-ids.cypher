// Stored relationships by their deterministic id, found from their endpoints (relationship ids have no index).
// @param links: [{id, from, to}]
// returns: id, props
UNWIND $links AS l
MATCH (:Entity {id: l.from})-[r]->(:Entity {id: l.to})
WHERE r.id = l.id
RETURN r.id AS id, properties(r) AS props
