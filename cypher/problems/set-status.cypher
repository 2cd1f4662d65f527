// Change a problem's status (e.g. close it). The problem's provenance (source, quote, url, as-of) is kept:
// closing states nothing new about its text, so a seeded problem stays seeded (and so never deletable).
// When and by whom the status changed is recorded beside it.
// @param id: string
// @param status: string
// @param prov: map (asOf, by?)
// returns: id (no row for an unknown id)
MATCH (p:Problem {id: $id})
SET p.status = $status, p.statusAsOf = $prov.asOf, p.statusBy = $prov.by
RETURN p.id AS id
