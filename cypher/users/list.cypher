// Every local account with its number of API tokens (never the hashes).
// returns: username, role, disabled, createdAt, lastLoginAt, hasPassword, tokens
MATCH (u:User)
RETURN u.username AS username, u.role AS role, coalesce(u.disabled, false) AS disabled, u.createdAt AS createdAt,
       u.lastLoginAt AS lastLoginAt, u.passwordHash IS NOT NULL AS hasPassword,
       COUNT { MATCH (t:ApiToken) WHERE t.username = u.username } AS tokens
ORDER BY u.username
