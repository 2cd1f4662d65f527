// One node with its degree and its relationship counts by type and direction (for the expand menu).
// @param id: string
// returns: node, degree, degreeByType: [{type, direction, count}] (no row for an unknown id)
MATCH (n:Entity {id: $id})
RETURN properties(n) AS node,
       COUNT { (n)--() } AS degree,
       COLLECT {
         MATCH (n)-[r]-()
         WITH type(r) AS type, CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction, count(*) AS count
         RETURN {type: type, direction: direction, count: count}
       } AS degreeByType
