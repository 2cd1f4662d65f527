// Suggestions by Chinese name, English name or alias: full-text hits (CJK bigrams, Latin prefixes) plus the
// substring matches that bigrams miss (single characters, mid-word fragments); exact and prefix matches rank
// first. The substring part is served by the TEXT index on the derived search text (decision 043:
// NodeIndexContainsScan, not a scan of every :Entity); the `any(…)` after it keeps the old per-name meaning
// (a needle never matches across the line break that joins the names).
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
  WHERE node._search CONTAINS $needle
    AND any(name IN [node.name, coalesce(node.nameEn, '')] + coalesce(node.aliases, []) WHERE toLower(name) CONTAINS $needle)
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
