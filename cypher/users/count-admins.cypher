// Enabled admins (an admin may not demote or disable the last one) and all accounts (first run).
// returns: admins, users
MATCH (u:User)
RETURN count(CASE WHEN u.role = 'admin' AND NOT coalesce(u.disabled, false) THEN 1 END) AS admins, count(u) AS users
