// One document with its text, proposals (JSON) and the decisions of earlier applies (JSON).
// @param id: string
// returns: document (map)
MATCH (d:Document {id: $id})
RETURN properties(d) AS document
