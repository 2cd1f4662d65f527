// One shortest path between two nodes over domain nodes, walking only the given relationship types.
// shortestPath needs a literal hop bound: 6 here = MAX_PATH_HOPS in server/contracts/graph.ts; a smaller
// $maxHops filters after the search (a shortest path longer than it means there is none within it).
// @param from: string
// @param to: string
// @param types: [string] (never null: the predicate is then checked during the search instead of forcing an exhaustive one)
// @param maxHops: int
// returns: nodes [{node, degree, capabilities}], links [{id, type, source, target, props}] (no row: no path)
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*..6]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types) AND all(n IN nodes(p) WHERE n:Entity)
WITH p WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | {node: properties(n), degree: COUNT { (n)--() }, capabilities: COUNT { (n)-[:HAS_CAPABILITY]-() }}] AS nodes,
       [r IN relationships(p) | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)}] AS links
