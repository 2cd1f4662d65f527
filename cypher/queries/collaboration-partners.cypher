// @id collaboration-partners
// @title.zh 某单位的合作伙伴
// @title.en Collaboration partners of an organisation
// @description.zh 与该单位有合作、供货或股权关系的单位，附合作方式、年份与内容。
// @description.en Organisations that collaborate with, supply or own (or are owned by) this one, with the kind, year and subject of the tie.
// @category collaboration
// @view graph
// @param org: orgId = ent:crrc-times-semi | label: 单位 / Organisation
// @column organisation: 单位 / Organisation
// @column tie: 关系 / Tie
// @column partner: 合作方 / Partner
// @column type: 关系类型 / Relationship | vocab: rel
// @column local: 株洲本地 / Local
// @column kind: 合作方式 / Kind of tie | vocab: collab
// @column year: 年份 / Year
// @column subject: 内容 / Subject
// @column source: 来源 / Source | vocab: source
MATCH (o:Org {id: $org})-[r:COLLABORATES_WITH|SUPPLIES|SUBSIDIARY_OF|JOINT_VENTURE_WITH]-(partner:Org)
RETURN o AS organisation, r AS tie, partner, type(r) AS type, partner.local AS local,
       r.kind AS kind, r.year AS year, coalesce(r.what, r.product) AS subject, r.source AS source
ORDER BY year DESC, partner.name
