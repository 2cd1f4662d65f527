// Delete a saved consortium with its memberships and its ADDRESSES link.
// @param id: string
// returns: id (no row for an unknown id)
MATCH (c:Consortium {id: $id})
WITH c, c.id AS id
DETACH DELETE c
RETURN id
