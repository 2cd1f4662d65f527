// A user's API tokens (never their hashes), newest first.
// params: username: string
// returns: id, name, createdAt
MATCH (t:ApiToken {username: $username})
RETURN t.id AS id, t.name AS name, t.createdAt AS createdAt
ORDER BY t.createdAt DESC, t.id
