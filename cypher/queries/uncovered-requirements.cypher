// @id uncovered-requirements
// @title.zh 本地无人掌握的环节所需技术（断链风险）
// @title.en Required technologies no local organisation has
// @description.zh 链环节需要、但株洲没有任何单位具备（含细分技术）能力的技术，按需求权重排序——需要外引或攻关的地方。
// @description.en Technologies a segment requires that no Zhuzhou organisation has (including sub-fields), by requirement weight: where to bring in partners or fund research.
// @category chain
// @view table
// @param chain: chainId? | label: 产业链（空 = 全部）/ Chain (empty = all)
// @param minWeight: int = 1 | min: 1 | max: 5 | label: 最低需求权重 / Minimum weight
// @column chain: 产业链 / Chain
// @column segment: 环节 / Segment
// @column technology: 技术 / Technology
// @column weight: 权重 / Weight
// @column elsewhere: 外地掌握单位 / Held elsewhere
MATCH (s:Segment)-[:PART_OF]->(c:Chain)
WHERE $chain IS NULL OR c.id = $chain
MATCH (s)-[req:REQUIRES]->(t:Technology)
WHERE req.weight >= $minWeight
  AND NOT EXISTS { MATCH (o:Org)-[:HAS_CAPABILITY]->(:Technology)-[:SUBFIELD_OF*0..3]->(t) WHERE o.local = true }
RETURN c.name AS chain, s AS segment, t AS technology, req.weight AS weight,
       [(o:Org)-[:HAS_CAPABILITY]->(t) | o.name] AS elsewhere
ORDER BY weight DESC, chain, s.order
