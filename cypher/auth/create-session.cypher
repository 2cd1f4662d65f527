// A login session (the cookie holds the secret; only its hash is stored) and the user's last login time.
// params: hash, username, csrf, createdAt, expiresAt (ISO strings)
// returns: count (0 when the user does not exist)
MATCH (u:User {username: $username})
CREATE (s:Session {hash: $hash, username: u.username, csrf: $csrf, createdAt: $createdAt, expiresAt: $expiresAt})
SET u.lastLoginAt = $createdAt
RETURN count(s) AS count
