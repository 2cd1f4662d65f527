// @id platforms-by-chain
// @title.zh 各产业链的创新平台（按级别）
// @title.en Innovation platforms per chain and level
// @description.zh 每条产业链有多少国家级、省级、市级及其他创新平台；可只看某一级别。
// @description.en How many national, provincial, municipal and other platforms each chain has; optionally one level only.
// @category platforms
// @view bar | x: chain | y: platforms
// @param level: string? | options: national, provincial, municipal, other | label: 平台级别 / Platform level
// @column chain: 产业链 / Chain
// @column platforms: 平台数 / Platforms
// @column national: 国家级 / National
// @column provincial: 省级 / Provincial
// @column municipal: 市级 / Municipal
// @column other: 其他 / Other
MATCH (c:Chain)
OPTIONAL MATCH (p:Platform)-[:IN_CHAIN]->(c)
WHERE $level IS NULL OR p.level = $level
WITH c, collect(p) AS platforms
RETURN c.name AS chain, size(platforms) AS platforms,
       size([x IN platforms WHERE x.level = 'national']) AS national,
       size([x IN platforms WHERE x.level = 'provincial']) AS provincial,
       size([x IN platforms WHERE x.level = 'municipal']) AS municipal,
       size([x IN platforms WHERE x.level = 'other' OR x.level IS NULL]) AS other
ORDER BY platforms DESC, chain
