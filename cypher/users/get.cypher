// One account (same shape as users/list).
// params: username: string
// returns: username, role, disabled, createdAt, lastLoginAt, hasPassword, tokens (no row for an unknown name)
MATCH (u:User {username: $username})
RETURN u.username AS username, u.role AS role, coalesce(u.disabled, false) AS disabled, u.createdAt AS createdAt,
       u.lastLoginAt AS lastLoginAt, u.passwordHash IS NOT NULL AS hasPassword,
       COUNT { MATCH (t:ApiToken) WHERE t.username = u.username } AS tokens
