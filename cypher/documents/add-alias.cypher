// A candidate merged into an existing node: its text becomes one of that node's aliases (once).
// @param rows: [{id, alias}]
// returns: count (aliases added)
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
WHERE n.name <> row.alias AND NOT row.alias IN coalesce(n.aliases, [])
SET n.aliases = coalesce(n.aliases, []) + row.alias
SET n._search = toLower(reduce(text = coalesce(n.name, '') + '\n' + coalesce(n.nameEn, ''), alias IN coalesce(n.aliases, []) | text + '\n' + alias))
RETURN count(n) AS count
