// Change a consortium's status, name or note and restamp its provenance (a null removes the property).
// @param id: string
// @param props: map
// returns: id (no row for an unknown id)
MATCH (c:Consortium {id: $id})
SET c += $props
RETURN c.id AS id
