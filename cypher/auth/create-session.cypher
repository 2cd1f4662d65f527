// A login session and the user's last login time, both sealed (the cookie holds the secret; `key` is an HMAC
// of its hash, so neither the secret nor its plain hash is stored).
// @param userKey: (lookup keys)
// @param key
// @param sealed: (session blob)
// @param sealedLogin: (the user's last-login blob)
// returns: count (0 when the user does not exist)
MATCH (u:User {key: $userKey})
CREATE (s:Session {key: $key, userKey: $userKey, sealed: $sealed})
SET u.sealedLogin = $sealedLogin
RETURN count(s) AS count
