// Replace a user's sealed record (with its new password hash), end all of their sessions, and revoke their
// API tokens when $revokeTokens.
// @param userKey
// @param sealed
// @param revokeTokens: boolean
// returns: count (users updated), tokens (tokens revoked)
MATCH (u:User {key: $userKey})
SET u.sealed = $sealed
WITH u
CALL (u) {
  MATCH (s:Session {userKey: u.key})
  DELETE s
}
CALL (u) {
  OPTIONAL MATCH (t:ApiToken {userKey: u.key})
  WHERE $revokeTokens
  DELETE t
  RETURN count(t) AS tokens
}
RETURN count(u) AS count, sum(tokens) AS tokens
