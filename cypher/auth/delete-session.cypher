// Forget sessions by lookup key (sign-out, and the expired ones the service found while unsealing).
// @param keys: string[]
// returns: count (sessions removed)
MATCH (s:Session)
WHERE s.key IN $keys
DELETE s
RETURN count(*) AS count
