// @id segments-without-local
// @title.zh 没有本地企业的链环节（缺链）
// @title.en Segments with no local enterprise
// @description.zh 株洲没有任何本地企业的产业链环节，以及目前在该环节出现的外地单位或本地非企业单位——补链招引的候选方向。
// @description.en Chain segments with no Zhuzhou enterprise at all, and who appears there instead (non-local organisations, local non-enterprises): where to attract investment.
// @category chain
// @view table
// @param chain: chainId? | label: 产业链（空 = 全部）/ Chain (empty = all)
// @column chain: 产业链 / Chain
// @column segment: 环节 / Segment
// @column stage: 环节位置 / Stage | vocab: stage
// @column position: 顺序 / Order
// @column presentNow: 现有单位 / Present now
// @column note: 说明 / Note
MATCH (s:Segment)-[:PART_OF]->(c:Chain)
WHERE ($chain IS NULL OR c.id = $chain)
  AND NOT EXISTS { MATCH (e:Enterprise)-[:IN_SEGMENT]->(s) WHERE e.local = true }
OPTIONAL MATCH (o:Org)-[:IN_SEGMENT]->(s)
RETURN c.name AS chain, s AS segment, s.stage AS stage, s.order AS position,
       collect(DISTINCT o.name) AS presentNow, s.localNote AS note
ORDER BY chain, position
