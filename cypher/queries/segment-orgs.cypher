// @id segment-orgs
// @title.zh 某链环节中的单位
// @title.en Organisations in a chain segment
// @description.zh 先选产业链，再选其中的环节：该环节的企业、高校、院所与平台，附角色、是否本地和出处。
// @description.en Pick a chain, then one of its segments: the enterprises, universities, institutes and platforms in it, with role, whether local, and provenance.
// @category chain
// @view table
// @param chain: chainId = chain:power-semi | label: 产业链 / Chain
// @param segment: segmentId = seg:power-semi:packaging-modules | suggest: segments(chain) | label: 环节 / Segment
// @column organisation: 单位 / Organisation
// @column kind: 类型 / Kind | vocab: kind
// @column role: 在环节中的角色 / Role | vocab: role
// @column local: 株洲本地 / Local
// @column district: 区县 / District
// @column source: 来源 / Source | vocab: source
MATCH (s:Segment {id: $segment})-[:PART_OF]->(:Chain {id: $chain})
MATCH (o:Org)-[r:IN_SEGMENT]->(s)
RETURN o AS organisation, o.kind AS kind, r.role AS role, o.local AS local, o.district AS district, r.source AS source
ORDER BY local DESC, role, organisation.name
