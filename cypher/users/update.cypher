// Change an account's role and/or disabled flag; disabling also ends its sessions (tokens stop working
// because every lookup checks `disabled`).
// params: username, role: string | null, disabled: boolean | null
// returns: count (accounts updated)
MATCH (u:User {username: $username})
SET u.role = coalesce($role, u.role), u.disabled = coalesce($disabled, u.disabled, false)
WITH u
CALL (u) {
  MATCH (s:Session {username: u.username})
  WHERE u.disabled
  DELETE s
}
RETURN count(u) AS count
