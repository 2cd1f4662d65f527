// Replace a user's password hash and end all of their sessions (a changed password signs everyone out).
// params: username, passwordHash
// returns: count (users updated)
MATCH (u:User {username: $username})
SET u.passwordHash = $passwordHash
WITH u
CALL (u) {
  MATCH (s:Session {username: u.username})
  DELETE s
}
RETURN count(u) AS count
