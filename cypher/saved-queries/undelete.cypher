// Bring a soft-deleted saved query back with every version it had (admin).
// @param id: string
// @param now: string
// @param by: string | null
// returns: id (no row when it does not exist or is not deleted)
MATCH (q:SavedQuery {id: $id}) WHERE q.deletedAt IS NOT NULL
REMOVE q.deletedAt, q.deletedBy
SET q.restoredAt = $now, q.restoredBy = $by
RETURN q.id AS id
