// A consortium recorded as formed (揭榜成功) marks the open problem it addresses as matched, stamped like any
// status change; a problem already matched or closed keeps its status.
// @param id: string
// @param prov: map
// returns: id (the problem's; no row when nothing changed)
MATCH (:Consortium {id: $id})-[:ADDRESSES]->(p:Problem {status: 'open'})
SET p.status = 'matched', p += $prov
REMOVE p.quote, p.url, p.tier, p.row, p.uncertain
SET p._search = toLower(reduce(text = coalesce(p.name, '') + '\n' + coalesce(p.nameEn, ''), alias IN coalesce(p.aliases, []) | text + '\n' + alias))
RETURN p.id AS id
