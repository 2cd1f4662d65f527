// Sessions still in the plaintext format of before issue 11.
// returns: elementId, props
MATCH (s:Session)
WHERE s.key IS NULL
RETURN elementId(s) AS elementId, properties(s) AS props
