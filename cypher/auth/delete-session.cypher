// Sign out: forget one session, and sweep expired ones while we are here.
// params: hash: string, now: ISO string
// returns: count (sessions removed)
MATCH (s:Session)
WHERE s.hash = $hash OR s.expiresAt <= $now
DELETE s
RETURN count(*) AS count
