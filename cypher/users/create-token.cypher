// A new API token for an existing user; only the SHA-256 of its secret is stored.
// params: id, hash, name, username, createdAt
// returns: count (0 when the user does not exist)
MATCH (u:User {username: $username})
CREATE (t:ApiToken {id: $id, hash: $hash, name: $name, username: u.username, createdAt: $createdAt})
RETURN count(t) AS count
