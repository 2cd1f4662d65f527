// Which of these relationships exist already (any key, any source): an apply writes only what is new, so a
// re-apply changes nothing and a fact the seed already holds is not duplicated. Undirected types match either way.
// @param links: [{key, type, from, to, undirected: boolean}]
// returns: key
UNWIND $links AS l
MATCH (a:Entity {id: l.from})-[r]-(b:Entity {id: l.to})
WHERE type(r) = l.type AND (l.undirected OR startNode(r) = a)
RETURN DISTINCT l.key AS key
