// Which of these ids exist, with their kind and (segments) their chain: checks id-typed query parameters.
// @param ids: [string]
// returns: id, kind, chainId (null except for segments)
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n.id AS id, n.kind AS kind, n.chainId AS chainId
