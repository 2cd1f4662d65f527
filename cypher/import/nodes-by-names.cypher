// Domain nodes whose name, English name or an alias equals one of $names (lower-cased): resolves
// references written as names ("中南大学") and rows without ids. One scan of :Entity for the whole file.
// @param names: [string] (lower-cased)
// returns: node (id, kind, name, nameEn, aliases)
MATCH (n:Entity)
WHERE toLower(n.name) IN $names
   OR toLower(coalesce(n.nameEn, '')) IN $names
   OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) IN $names)
RETURN n {.id, .kind, .name, .nameEn, .aliases} AS node
