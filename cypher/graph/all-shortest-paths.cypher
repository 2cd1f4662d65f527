// Every shortest path between two nodes (allShortestPaths), capped at $limit paths, over domain nodes and
// the given relationship types. Literal hop bound 6 = MAX_PATH_HOPS in server/contracts/graph.ts; a
// smaller $maxHops filters after the search.
// @param from: string
// @param to: string
// @param types: [string] (never null)
// @param maxHops: int
// @param limit: int
// returns: one row per path: nodes [{node, degree, capabilities}], links [{id, type, source, target, props}]
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types) AND all(n IN nodes(p) WHERE n:Entity)
WITH p WHERE length(p) <= $maxHops
WITH p, [n IN nodes(p) | n.id] AS ids
ORDER BY ids
LIMIT $limit
RETURN [n IN nodes(p) | {node: properties(n), degree: COUNT { (n)--() }, capabilities: COUNT { (n)-[:HAS_CAPABILITY]-() }}] AS nodes,
       [r IN relationships(p) | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)}] AS links
