// Replace an account's sealed record (role, disabled); disabling also ends its sessions (tokens stop
// working because every lookup checks `disabled`).
// @param userKey
// @param sealed
// @param endSessions: boolean
// returns: count (accounts updated)
MATCH (u:User {key: $userKey})
SET u.sealed = $sealed
WITH u
CALL (u) {
  MATCH (s:Session {userKey: u.key})
  WHERE $endSessions
  DELETE s
}
RETURN count(u) AS count
