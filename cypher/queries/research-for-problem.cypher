// @id research-for-problem
// @title.zh 能解决某榜单难题的高校院所
// @title.en Universities and institutes able to solve a problem
// @description.zh 按榜单所需技术（含细分技术）匹配高校、科研院所（可含创新平台）的能力；得分 = Σ 需求权重 × 能力等级。
// @description.en Matches the problem's required technologies (and their sub-fields) against the capabilities of universities and institutes (optionally platforms); score = Σ requirement weight × capability level.
// @category problems
// @view table
// @param problem: problemId = prob:rail-green-power-device | label: 揭榜挂帅榜单 / Open problem
// @param includePlatforms: bool = true | label: 包括创新平台 / Include innovation platforms
// @column organisation: 单位 / Organisation
// @column kind: 类型 / Kind | vocab: kind
// @column local: 株洲本地 / Local
// @column score: 匹配得分 / Score
// @column covers: 覆盖技术 / Covers
MATCH (p:Problem {id: $problem})-[req:REQUIRES]->(t:Technology)
MATCH (sub:Technology)-[:SUBFIELD_OF*0..3]->(t)
MATCH (o:Org)-[c:HAS_CAPABILITY]->(sub)
WHERE o.kind IN ['University', 'ResearchInstitute'] OR ($includePlatforms AND o.kind = 'Platform')
WITH o, sum(req.weight * c.level) AS score, collect(DISTINCT t.name) AS covers
RETURN o AS organisation, o.kind AS kind, o.local AS local, score, covers
ORDER BY score DESC, organisation.name
