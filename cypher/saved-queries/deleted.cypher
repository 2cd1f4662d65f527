// Soft-deleted saved queries, most recently deleted first, with their current title and how many versions they keep.
// returns: id, owner, deletedAt, deletedBy, current, versions, title
MATCH (q:SavedQuery)-[:HAS_VERSION]->(v:QueryVersion)
WHERE q.deletedAt IS NOT NULL AND v.n = q.current
RETURN q.id AS id, q.owner AS owner, q.deletedAt AS deletedAt, q.deletedBy AS deletedBy, q.current AS current,
       COUNT { (q)-[:HAS_VERSION]->(:QueryVersion) } AS versions, v.title AS title
ORDER BY q.deletedAt DESC, q.id
