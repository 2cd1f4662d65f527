// Soft-delete a saved query: it and every version stay, hidden from everyone but admins (who can restore it).
// @param id: string
// @param now: string
// @param by: string | null
// returns: deleted (no row when it does not exist or is already deleted)
MATCH (q:SavedQuery {id: $id}) WHERE q.deletedAt IS NULL
SET q.deletedAt = $now, q.deletedBy = $by
RETURN q.id AS deleted
