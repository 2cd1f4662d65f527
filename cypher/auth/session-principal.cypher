// A session cookie's session and its user, both sealed (the service checks expiry and `disabled`).
// @param key: (lookup key of the secret's hash)
// returns: key, sealed (session), userKey, user (sealed user) — no row otherwise
MATCH (s:Session {key: $key})
MATCH (u:User {key: s.userKey})
RETURN s.key AS key, s.sealed AS sealed, u.key AS userKey, u.sealed AS user
