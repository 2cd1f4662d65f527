// How many domain nodes exist, from Neo4j's count store (constant time): start-up seeds an empty database.
// returns: nodes
MATCH (n:Entity)
RETURN count(n) AS nodes
