// @id open-problems
// @title.zh 各产业链的揭榜挂帅榜单
// @title.en Open problems by chain
// @description.zh 按产业链列出揭榜挂帅榜单：发榜单位、截止日期、资金（万元）、所需技术与出处。示例榜单会标明“示例数据”。
// @description.en Open 揭榜挂帅 problems per chain: who posted them, deadline, budget (10k CNY), required technologies and provenance. Illustrative problems say so.
// @category problems
// @view table
// @param chain: chainId? | label: 产业链（空 = 全部）/ Chain (empty = all)
// @param status: string? = open | label: 状态 / Status
// @column chain: 产业链 / Chain
// @column problem: 榜单 / Problem
// @column deadline: 截止日期 / Deadline
// @column budget: 预算（万元） / Budget (10k CNY)
// @column postedBy: 发榜单位 / Posted by
// @column technologies: 所需技术 / Technologies
// @column source: 来源 / Source | vocab: source
MATCH (p:Problem)-[:IN_CHAIN]->(c:Chain)
WHERE ($chain IS NULL OR c.id = $chain) AND ($status IS NULL OR p.status = $status)
OPTIONAL MATCH (poster:Org)-[:POSTED]->(p)
RETURN c.name AS chain, p AS problem, p.deadline AS deadline, p.budget AS budget,
       collect(DISTINCT poster.name) AS postedBy,
       [(p)-[:REQUIRES]->(t:Technology) | t.name] AS technologies, p.source AS source
ORDER BY deadline, chain
