// @id policy-supports
// @title.zh 某项政策举措支持什么
// @title.en What a policy measure supports
// @description.zh 该政策（或提案建议）直接和间接（经由下属举措）支持的产业链、技术、项目、平台与单位。
// @description.en What this policy (or proposal) supports directly and through its sub-measures: chains, technologies, projects, platforms and organisations.
// @category policy
// @view graph
// @param policy: policyId = pol:m-emerging-platforms | label: 政策举措 / Policy measure
// @param depth: int = 2 | min: 1 | max: 3 | label: 追踪层数 / Levels to follow
// @column path: 路径 / Path
// @column supported: 支持对象 / Supported
// @column kind: 类型 / Kind | vocab: kind
// @column level: 层级 / Level
// @column source: 来源 / Source | vocab: source
MATCH path = (p:Policy {id: $policy})-[:SUPPORTS*1..3]->(x:Entity)
WHERE length(path) <= $depth
RETURN path, x AS supported, x.kind AS kind, length(path) AS level, x.source AS source
ORDER BY level, kind
