// Who an API token belongs to: a token of an enabled user.
// params: hash: string
// returns: id, username, role (no row otherwise)
MATCH (t:ApiToken {hash: $hash})
MATCH (u:User {username: t.username})
WHERE NOT coalesce(u.disabled, false)
RETURN t.id AS id, u.username AS username, u.role AS role
