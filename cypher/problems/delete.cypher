// Delete a problem created in the app, with its links. Refused by the service for seeded problems and
// for problems that saved consortia address.
// @param id: string
// returns: id
MATCH (p:Problem {id: $id})
WITH p, p.id AS id
DETACH DELETE p
RETURN id
