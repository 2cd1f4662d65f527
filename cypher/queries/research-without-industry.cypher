// @id research-without-industry
// @title.zh 有研究、无产业的技术
// @title.en Technologies with research but no industry
// @description.zh 有高校、院所或平台掌握，但没有（本地）企业具备能力的技术——成果转化与招商的机会。
// @description.en Technologies that universities, institutes or platforms master but no (local) enterprise does: openings for technology transfer and investment.
// @category capability
// @view table
// @param localOnly: bool = true | label: 只看本地企业 / Count local enterprises only
// @column technology: 技术 / Technology
// @column researchers: 研究单位 / Research organisations
// @column enterprisesElsewhere: 外地企业 / Enterprises elsewhere
MATCH (t:Technology)
WHERE EXISTS { MATCH (r:Org)-[:HAS_CAPABILITY]->(t) WHERE r.kind IN ['University', 'ResearchInstitute', 'Platform'] }
  AND NOT EXISTS { MATCH (e:Enterprise)-[:HAS_CAPABILITY]->(t) WHERE NOT $localOnly OR e.local = true }
RETURN t AS technology,
       [(r:Org)-[:HAS_CAPABILITY]->(t) WHERE r.kind IN ['University', 'ResearchInstitute', 'Platform'] | r.name] AS researchers,
       [(e:Enterprise)-[:HAS_CAPABILITY]->(t) | e.name] AS enterprisesElsewhere
ORDER BY size(researchers) DESC, technology.name
