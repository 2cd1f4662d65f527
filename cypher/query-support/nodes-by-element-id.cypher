// Endpoints of relationships a query returned without their nodes (so the result can be drawn as a graph).
// @param elementIds: [string]
// returns: elementId, labels, props
MATCH (n)
WHERE elementId(n) IN $elementIds
RETURN elementId(n) AS elementId, labels(n) AS labels, properties(n) AS props
