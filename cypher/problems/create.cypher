// Create a problem node (label Problem is fixed here; the caller checked the id is free).
// @param props: map (id, kind, name, statement, …, provenance)
// returns: id
CREATE (p:Entity:Problem)
SET p = $props
RETURN p.id AS id
