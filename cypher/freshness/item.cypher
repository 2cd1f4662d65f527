// One node or relationship by id, for a re-verification: does it exist, and which properties does it have.
// @param id
// returns: id, isLink, keys
CALL () {
  MATCH (n:Entity {id: $id})
  RETURN n.id AS id, false AS isLink, keys(n) AS keys
  UNION ALL
  MATCH (:Entity)-[r {id: $id}]->(:Entity)
  RETURN r.id AS id, true AS isLink, keys(r) AS keys
}
RETURN id, isLink, keys
LIMIT 1
