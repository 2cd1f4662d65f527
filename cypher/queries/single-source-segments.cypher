// @id single-source-segments
// @title.zh 只有一两家本地企业的链环节（弱链）
// @title.en Single-source segments
// @description.zh 本地企业数不超过上限的链环节：一家出问题，整条链就可能断。默认只列恰好一家的环节。
// @description.en Segments served by at most this many local enterprises: if one fails, the chain may break. By default, segments with exactly one.
// @category chain
// @view table
// @param chain: chainId? | label: 产业链（空 = 全部）/ Chain (empty = all)
// @param maxSources: int = 1 | min: 1 | max: 5 | label: 本地企业数上限 / Max local enterprises
// @column chain: 产业链 / Chain
// @column segment: 环节 / Segment
// @column stage: 环节位置 / Stage | vocab: stage
// @column localEnterprises: 本地企业数 / Local enterprises
// @column enterprises: 企业 / Enterprises
MATCH (s:Segment)-[:PART_OF]->(c:Chain)
WHERE $chain IS NULL OR c.id = $chain
MATCH (e:Enterprise)-[:IN_SEGMENT]->(s)
WHERE e.local = true
WITH c, s, collect(e) AS sources
WHERE size(sources) <= $maxSources
RETURN c.name AS chain, s AS segment, s.stage AS stage, size(sources) AS localEnterprises,
       [x IN sources | x.name] AS enterprises
ORDER BY localEnterprises, chain, s.order
