// Search over Chinese names, English names and aliases. The 'cjk' analyzer (Lucene CJKAnalyzer) indexes
// Chinese as overlapping bigrams and Latin text as lower-cased words, so 时代半导体 and "semiconductor" both hit.
// eventually_consistent=false: a node is searchable as soon as its transaction commits (seed, import).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.nameEn, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false}};
