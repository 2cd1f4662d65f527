// A new local account: a lookup key (HMAC of the name) and the sealed record (name, role, password hash …).
// @param key
// @param sealed
// returns: count
CREATE (u:User {key: $key, sealed: $sealed})
RETURN count(u) AS count
