// Which of these ids exist, and as what kind (to name unknown or wrongly-typed ids in a 400).
// @param ids: [string]
// returns: id, kind (one row per existing id)
UNWIND $ids AS wanted
MATCH (n:Entity {id: wanted})
RETURN n.id AS id, n.kind AS kind
