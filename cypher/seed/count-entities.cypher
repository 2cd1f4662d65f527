// How many domain nodes and relationships exist (decides whether `npm start` seeds an empty database).
// returns: nodes, links
MATCH (n:Entity)
WITH count(n) AS nodes
CALL () {
  MATCH (:Entity)-[r]->(:Entity)
  RETURN count(r) AS links
}
RETURN nodes, links
