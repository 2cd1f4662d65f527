// One account, sealed, with its number of API tokens.
// @param key: (lookup key of the user name)
// returns: key, sealed, sealedLogin, tokens (no row for an unknown name)
MATCH (u:User {key: $key})
RETURN u.key AS key, u.sealed AS sealed, u.sealedLogin AS sealedLogin, COUNT { MATCH (t:ApiToken {userKey: u.key}) } AS tokens
