// Revoke one API token of a user.
// params: username, id
// returns: count (tokens removed)
MATCH (t:ApiToken {id: $id, username: $username})
DELETE t
RETURN count(*) AS count
