// @id collaboration-path
// @title.zh 两单位之间的最短合作路径
// @title.en Shortest collaboration path between two organisations
// @description.zh 经由合作、供货、股权、共同项目或共建平台，两家单位最近隔着几步（最多 8 步）、经过谁。
// @description.en The fewest steps between two organisations through collaborations, supply, ownership, shared projects or co-hosted platforms, and who is in between (up to 8 steps).
// @category collaboration
// @view graph
// @param from: orgId = ent:crrc-times-semi | label: 起点单位 / From
// @param to: orgId = uni:csu | label: 终点单位 / To
// @column path: 路径 / Path
// @column steps: 步数 / Steps
// @column via: 途经 / Via
MATCH (a:Org {id: $from}), (b:Org {id: $to})
WHERE a <> b
MATCH path = shortestPath((a)-[:COLLABORATES_WITH|SUPPLIES|SUBSIDIARY_OF|JOINT_VENTURE_WITH|LEADS|PARTICIPATES_IN|OPERATES|MEMBER_OF*..8]-(b))
RETURN path, length(path) AS steps, [n IN nodes(path) | n.name] AS via
