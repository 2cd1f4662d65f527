// A new local account (the caller checked the name is free; the uniqueness constraint backs it up).
// params: username, role, passwordHash (null = token-only account), createdAt
// returns: count
CREATE (u:User {username: $username, role: $role, passwordHash: $passwordHash, disabled: false, createdAt: $createdAt})
RETURN count(u) AS count
