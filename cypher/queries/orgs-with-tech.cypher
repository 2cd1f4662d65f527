// @id orgs-with-tech
// @title.zh 掌握某项技术的单位
// @title.en Organisations with a technology
// @description.zh 哪些企业、高校、院所和平台具备这项技术（含其细分技术）的能力，按能力等级排序，附能力证据与出处。
// @description.en Which enterprises, universities, institutes and platforms have this technology (or one of its sub-fields), strongest first, with evidence and provenance.
// @category capability
// @view table
// @param tech: techId = tech:wide-bandgap | label: 技术 / Technology
// @param localOnly: bool = false | label: 仅株洲本地单位 / Zhuzhou organisations only
// @column organisation: 单位 / Organisation
// @column kind: 类型 / Kind | vocab: kind
// @column local: 株洲本地 / Local
// @column technology: 技术 / Technology
// @column level: 能力等级 / Capability level
// @column evidence: 佐证 / Evidence
// @column source: 来源 / Source | vocab: source
// A capability in a sub-field (SiC under wide-bandgap) counts for the broader technology too.
MATCH (t:Technology {id: $tech})
MATCH (sub:Technology)-[:SUBFIELD_OF*0..3]->(t)
MATCH (o:Org)-[c:HAS_CAPABILITY]->(sub)
WHERE NOT $localOnly OR o.local = true
RETURN o AS organisation, o.kind AS kind, o.local AS local, sub AS technology, c.level AS level,
       c.evidence AS evidence, c.source AS source
ORDER BY level DESC, organisation.name
