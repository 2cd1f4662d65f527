// Delete a saved query and all its versions.
// params: id: string
// returns: deleted (0 when it did not exist)
MATCH (q:SavedQuery {id: $id})
OPTIONAL MATCH (q)-[:HAS_VERSION]->(v:QueryVersion)
WITH q, collect(v) AS versions
FOREACH (v IN versions | DETACH DELETE v)
DETACH DELETE q
RETURN count(*) AS deleted
