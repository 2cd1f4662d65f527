// Revoke one API token of a user (the service found its lookup key by unsealing the user's tokens).
// @param key
// @param userKey
// returns: count (tokens removed)
MATCH (t:ApiToken {key: $key, userKey: $userKey})
DELETE t
RETURN count(*) AS count
