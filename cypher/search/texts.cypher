// Every entity's names and its stored search text, for the test that checks the text matches its definition.
// returns: id, name, nameEn, aliases, search
MATCH (n:Entity)
RETURN n.id AS id, n.name AS name, n.nameEn AS nameEn, n.aliases AS aliases, n._search AS search
ORDER BY id
