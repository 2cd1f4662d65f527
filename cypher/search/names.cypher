// Suggestions by Chinese name, English name or alias: full-text hits (CJK bigrams, Latin prefixes) plus a
// substring scan that catches what bigrams miss (single characters, mid-word fragments); exact and prefix
// matches rank first.
// @param lucene: string | null (escaped full-text query)
// @param needle: string (lower-cased raw text)
// @param kinds: [string] | null
// @param limit: int
// returns: node, score
CALL () {
  WITH $lucene AS lucene
  WHERE lucene IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_names', lucene, {limit: 100}) YIELD node, score
  RETURN node, score
  UNION
  MATCH (node:Entity)
  WHERE toLower(node.name) CONTAINS $needle
     OR toLower(coalesce(node.nameEn, '')) CONTAINS $needle
     OR any(alias IN coalesce(node.aliases, []) WHERE toLower(alias) CONTAINS $needle)
  RETURN node, 1.0 AS score
  LIMIT 200
}
WITH node, max(score) AS textScore
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH node, textScore,
     [name IN [node.name, coalesce(node.nameEn, '')] + coalesce(node.aliases, []) | toLower(name)] AS names
WITH node, textScore
       + CASE WHEN $needle IN names THEN 20
              WHEN any(n IN names WHERE n STARTS WITH $needle) THEN 8
              WHEN any(n IN names WHERE n CONTAINS $needle) THEN 3
              ELSE 0 END AS score
ORDER BY score DESC, size(node.name) ASC, node.id
LIMIT $limit
RETURN properties(node) AS node, score
