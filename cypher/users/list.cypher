// Every local account, sealed, with its number of API tokens (the service unseals and sorts).
// returns: key, sealed, sealedLogin, tokens
MATCH (u:User)
RETURN u.key AS key, u.sealed AS sealed, u.sealedLogin AS sealedLogin, COUNT { MATCH (t:ApiToken {userKey: u.key}) } AS tokens
