// Staged import, flip: up to $limit staged relationship writes become relationships (after every staged node
// is flipped); their side nodes go. A link whose end vanished after the commit is dropped and counted.
// @param importId: string
// @param limit: integer
// returns: count, dangling
MATCH (s:_ImportStaged {_importId: $importId})
WHERE s:_ImportLink
WITH s LIMIT $limit
OPTIONAL MATCH (a:Entity {id: s._from})
OPTIONAL MATCH (b:Entity {id: s._to})
CALL (s, a, b) {
  WITH s, a, b WHERE a IS NOT NULL AND b IS NOT NULL
  MERGE (a)-[r:$(s._type) {id: s.id}]->(b)
  SET r = properties(s)
  REMOVE r._importId, r._type, r._from, r._to
}
WITH s, a IS NULL OR b IS NULL AS lost
DETACH DELETE s
RETURN count(*) AS count, sum(CASE WHEN lost THEN 1 ELSE 0 END) AS dangling
