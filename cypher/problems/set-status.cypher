// Change a problem's status (e.g. close it), restamping the as-of date and who changed it.
// params: id: string, status: string, prov: map
// returns: id (no row for an unknown id)
MATCH (p:Problem {id: $id})
SET p.status = $status, p += $prov
REMOVE p.quote, p.url, p.tier, p.row, p.uncertain
RETURN p.id AS id
