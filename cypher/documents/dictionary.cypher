// Every domain node's names: the extractor's dictionary of known entities.
// returns: id, kind, name, nameEn, aliases
MATCH (n:Entity)
WHERE n.name IS NOT NULL AND n.kind IS NOT NULL
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.nameEn AS nameEn, coalesce(n.aliases, []) AS aliases
