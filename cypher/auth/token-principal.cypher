// An API token and its user, both sealed (the service checks `disabled`).
// @param key: (lookup key of the secret's hash)
// returns: key, sealed (token), userKey, user (sealed user) — no row otherwise
MATCH (t:ApiToken {key: $key})
MATCH (u:User {key: t.userKey})
RETURN t.key AS key, t.sealed AS sealed, u.key AS userKey, u.sealed AS user
