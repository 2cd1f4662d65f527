// @id problem-consortia
// @title.zh 榜单与创新联合体的能力覆盖
// @title.en Consortia and their coverage of problems
// @description.zh 每个揭榜挂帅榜单由哪些创新联合体承接，成员能力覆盖了多少所需技术、还缺哪些；尚无联合体的榜单也会列出。
// @description.en For each open problem: the consortia taking it on, how many required technologies their members cover and which are missing; problems with no consortium yet are listed too.
// @category problems
// @view table
// @param chain: chainId? | label: 产业链（空 = 全部）/ Chain (empty = all)
// @column problem: 榜单 / Problem
// @column consortium: 联合体 / Consortium
// @column members: 成员数 / Members
// @column covered: 已覆盖技术 / Covered
// @column needed: 所需技术 / Needed
// @column coveragePct: 覆盖率（%） / Coverage (%)
// @column missing: 未覆盖 / Missing
MATCH (p:Problem)
WHERE $chain IS NULL OR EXISTS { (p)-[:IN_CHAIN]->(:Chain {id: $chain}) }
OPTIONAL MATCH (k:Consortium)-[:ADDRESSES]->(p)
WITH p, k, [(m:Org)-[:MEMBER_OF]->(k) | m] AS members, [(p)-[:REQUIRES]->(t:Technology) | t] AS needed
WITH p, k, members, needed,
     [t IN needed WHERE any(m IN members WHERE EXISTS { (m)-[:HAS_CAPABILITY]->(:Technology)-[:SUBFIELD_OF*0..3]->(t) })] AS covered
RETURN p AS problem, k AS consortium, size(members) AS members, size(covered) AS covered, size(needed) AS needed,
       CASE WHEN size(needed) = 0 THEN null ELSE round(100.0 * size(covered) / size(needed)) END AS coveragePct,
       [t IN needed WHERE NOT t IN covered | t.name] AS missing
ORDER BY coveragePct, problem.name
