// API tokens still in the plaintext format of before issue 11.
// returns: elementId, props
MATCH (t:ApiToken)
WHERE t.key IS NULL
RETURN elementId(t) AS elementId, properties(t) AS props
