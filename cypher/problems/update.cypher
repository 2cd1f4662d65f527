// Overwrite a problem's editable fields and provenance (a null in $props removes that property).
// The previous provenance details (quote, url, tier, row) describe the old text, so they go; a problem that
// came from the seed keeps `seededFrom` (its first source), so it can be closed but never deleted.
// @param id: string
// @param props: map
// returns: id (no row for an unknown id)
MATCH (p:Problem {id: $id})
SET p.seededFrom = coalesce(p.seededFrom, CASE WHEN p.source <> 'import' THEN p.source END)
SET p += $props
REMOVE p.quote, p.url, p.tier, p.row, p.uncertain
SET p._search = toLower(reduce(text = coalesce(p.name, '') + '\n' + coalesce(p.nameEn, ''), alias IN coalesce(p.aliases, []) | text + '\n' + alias))
RETURN p.id AS id
