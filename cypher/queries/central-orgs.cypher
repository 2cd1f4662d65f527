// @id central-orgs
// @title.zh 最具枢纽作用的单位
// @title.en Most central organisations
// @description.zh 按直接联系的不同对象数（合作伙伴、项目、平台、链环节、技术能力）排序的单位——谁是创新网络的枢纽。
// @description.en Organisations ranked by how many distinct things they are directly tied to (partners, projects, platforms, segments, capabilities): the hubs of the innovation network.
// @category collaboration
// @view bar | x: name | y: connections
// @param localOnly: bool = true | label: 仅株洲本地单位 / Zhuzhou organisations only
// @param top: int = 15 | min: 1 | max: 100 | label: 显示前几名 / How many
// @column name: 名称 / Name
// @column organisation: 单位 / Organisation
// @column kind: 类型 / Kind | vocab: kind
// @column connections: 直接联系数 / Connections
// @column partners: 合作伙伴 / Partners
// @column projects: 项目 / Projects
// @column platforms: 平台 / Platforms
// @column segments: 链环节 / Segments
// @column capabilities: 技术能力 / Capabilities
MATCH (o:Org)
WHERE NOT $localOnly OR o.local = true
WITH o,
     COUNT { MATCH (o)-[:COLLABORATES_WITH|SUPPLIES|SUBSIDIARY_OF|JOINT_VENTURE_WITH]-(x:Org) RETURN DISTINCT x } AS partners,
     COUNT { MATCH (o)-[:LEADS|PARTICIPATES_IN]->(x:Project) RETURN DISTINCT x } AS projects,
     COUNT { MATCH (o)-[:OPERATES]->(x:Platform) RETURN DISTINCT x } AS platforms,
     COUNT { MATCH (o)-[:IN_SEGMENT]->(x:Segment) RETURN DISTINCT x } AS segments,
     COUNT { MATCH (o)-[:HAS_CAPABILITY]->(x:Technology) RETURN DISTINCT x } AS capabilities
WITH o, partners, projects, platforms, segments, capabilities,
     partners + projects + platforms + segments + capabilities AS connections
WHERE connections > 0
RETURN o.name AS name, o AS organisation, o.kind AS kind, connections, partners, projects, platforms, segments, capabilities
ORDER BY connections DESC, name
LIMIT $top
