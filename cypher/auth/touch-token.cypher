// Record when a token was last used (called at most hourly per token, so scripts do not write on every call).
// params: id: string, now: ISO string
// returns: count
MATCH (t:ApiToken {id: $id})
SET t.lastUsedAt = $now
RETURN count(t) AS count
