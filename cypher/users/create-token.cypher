// A new API token for an existing user; `key` is an HMAC of the secret's SHA-256, the rest is sealed.
// @param userKey
// @param key
// @param sealed
// returns: count (0 when the user does not exist)
MATCH (u:User {key: $userKey})
CREATE (t:ApiToken {key: $key, userKey: $userKey, sealed: $sealed})
RETURN count(t) AS count
