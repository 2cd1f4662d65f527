// Append one re-verification (a JSON string) to a node's or relationship's `checks` list: a new claim,
// never an overwrite of the fact or its earlier checks.
// @param id
// @param isLink
// @param entry
// returns: id
CALL () {
  MATCH (n:Entity {id: $id}) WHERE NOT $isLink
  SET n.checks = coalesce(n.checks, []) + $entry
  RETURN n.id AS id
  UNION ALL
  MATCH (:Entity)-[r {id: $id}]->(:Entity) WHERE $isLink
  SET r.checks = coalesce(r.checks, []) + $entry
  RETURN r.id AS id
}
RETURN id
