// Change a consortium's status, name or note and restamp its provenance (a null removes the property).
// @param id: string
// @param props: map
// returns: id (no row for an unknown id)
MATCH (c:Consortium {id: $id})
SET c += $props
SET c._search = toLower(reduce(text = coalesce(c.name, '') + '\n' + coalesce(c.nameEn, ''), alias IN coalesce(c.aliases, []) | text + '\n' + alias))
RETURN c.id AS id
