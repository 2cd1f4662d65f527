// A user's API tokens, sealed (never their hashes).
// @param userKey
// returns: key, sealed
MATCH (t:ApiToken {userKey: $userKey})
RETURN t.key AS key, t.sealed AS sealed
