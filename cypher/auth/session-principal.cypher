// Who a session cookie belongs to: an unexpired session of an enabled user.
// params: hash: string, now: ISO string
// returns: username, role, csrf (no row otherwise)
MATCH (s:Session {hash: $hash})
WHERE s.expiresAt > $now
MATCH (u:User {username: s.username})
WHERE NOT coalesce(u.disabled, false)
RETURN u.username AS username, u.role AS role, s.csrf AS csrf
