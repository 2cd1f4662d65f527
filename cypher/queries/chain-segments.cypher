// @id chain-segments
// @title.zh 一条产业链各环节的本地单位数
// @title.en Local organisations per segment of a chain
// @description.zh 按上下游顺序，每个环节有多少株洲本地单位、多少外地单位——一眼看出哪里缺、哪里弱。
// @description.en Segment by segment, upstream to downstream: how many Zhuzhou organisations and how many from elsewhere — where the chain is missing or thin at a glance.
// @category chain
// @view bar | x: segment | y: localOrgs
// @param chain: chainId = chain:power-semi | label: 产业链 / Chain
// @column position: 顺序 / Order
// @column segment: 环节 / Segment
// @column stage: 环节位置 / Stage | vocab: stage
// @column localOrgs: 本地单位数 / Local organisations
// @column outsideOrgs: 外地单位数 / Non-local organisations
// @column requiredTechs: 所需技术数 / Required technologies
MATCH (s:Segment)-[:PART_OF]->(c:Chain {id: $chain})
RETURN s.order AS position, s.name AS segment, s.stage AS stage,
       COUNT { MATCH (o:Org)-[:IN_SEGMENT]->(s) WHERE o.local = true } AS localOrgs,
       COUNT { MATCH (o:Org)-[:IN_SEGMENT]->(s) WHERE o.local = false } AS outsideOrgs,
       COUNT { MATCH (s)-[:REQUIRES]->(:Technology) } AS requiredTechs
ORDER BY position
