// A local account with its password hash, for login.
// params: username: string
// returns: username, role, passwordHash (null = no password login), disabled (no row for an unknown name)
MATCH (u:User {username: $username})
RETURN u.username AS username, u.role AS role, u.passwordHash AS passwordHash, coalesce(u.disabled, false) AS disabled
