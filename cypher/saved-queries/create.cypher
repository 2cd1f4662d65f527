// A new saved query with its first version (fails on the id uniqueness constraint if the id exists).
// @param id: string
// @param owner: string | null (username of its creator)
// @param now: string
// @param version: map (title, description, text, params JSON, view, barX, barY, note)
// returns: id
CREATE (q:SavedQuery {id: $id, owner: $owner, createdAt: $now, updatedAt: $now, current: 1})
CREATE (q)-[:HAS_VERSION]->(v:QueryVersion {queryId: $id, n: 1, savedAt: $now})
SET v += $version
RETURN q.id AS id
