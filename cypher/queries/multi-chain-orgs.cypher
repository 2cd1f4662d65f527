// @id multi-chain-orgs
// @title.zh 跨多条产业链的单位
// @title.en Organisations spanning several chains
// @description.zh 在至少 N 条产业链中都有环节的单位——延链、跨链协同的抓手。
// @description.en Organisations present in segments of at least N chains: levers for extending chains and cross-chain work.
// @category chain
// @view table
// @param minChains: int = 2 | min: 1 | max: 10 | label: 至少几条链 / At least this many chains
// @column organisation: 单位 / Organisation
// @column kind: 类型 / Kind | vocab: kind
// @column local: 株洲本地 / Local
// @column chainCount: 所在产业链数 / Chains
// @column chains: 产业链 / Chains
MATCH (o:Org)-[:IN_SEGMENT]->(:Segment)-[:PART_OF]->(c:Chain)
WITH o, collect(DISTINCT c.name) AS chains
WHERE size(chains) >= $minChains
RETURN o AS organisation, o.kind AS kind, o.local AS local, size(chains) AS chainCount, chains
ORDER BY chainCount DESC, organisation.name
