// The node a neighbour expansion starts from: its lean columns (as view-nodes), degree and HAS_CAPABILITY count,
// all from getDegree (graph/node's counts by type and direction iterate every relationship, 40,000 on a hub).
// @param id: string
// @param full: boolean (also return the property map)
// returns: id, kind, name, nameEn, aliases, district, chainId, order, stage, source, basis, tier, asOf, uncertain,
//          degree, capabilities, props (the property map, null unless $full); no row for an unknown id
MATCH (n:Entity {id: $id})
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.nameEn AS nameEn, n.aliases AS aliases, n.district AS district,
       n.chainId AS chainId, n.order AS `order`, n.stage AS stage,
       n.source AS source, n.basis AS basis, n.tier AS tier, n.asOf AS asOf, n.uncertain AS uncertain,
       COUNT { (n)--() } AS degree, COUNT { (n)-[:HAS_CAPABILITY]-() } AS capabilities,
       CASE WHEN $full THEN properties(n) END AS props
