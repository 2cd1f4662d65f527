// Projects that are not finished, with their planned date (plannedBy, else validTo) and re-verifications.
// returns: id, name, status, plannedBy, asOf, url, checks
MATCH (p:Project)
WHERE coalesce(p.status, '') <> 'completed'
RETURN p.id AS id, coalesce(p.name, p.id) AS name, coalesce(p.status, '') AS status,
       coalesce(p.plannedBy, p.validTo) AS plannedBy, p.asOf AS asOf, p.url AS url, p.checks AS checks
ORDER BY p.id
