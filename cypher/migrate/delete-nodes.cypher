// Delete some nodes by element id (plaintext audit entries, once re-appended to the sealed chain).
// @param elementIds: string[]
// returns: count
MATCH (n)
WHERE elementId(n) IN $elementIds
DETACH DELETE n
RETURN count(*) AS count
