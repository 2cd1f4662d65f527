// Accounts still in the plaintext format of before issue 11 (no lookup key yet).
// returns: elementId, props
MATCH (u:User)
WHERE u.key IS NULL
RETURN elementId(u) AS elementId, properties(u) AS props
