// Replace every property of some nodes (plaintext bookkeeping → lookup keys + sealed blobs).
// @param rows: [{elementId, props}]
// returns: count
UNWIND $rows AS row
MATCH (n)
WHERE elementId(n) = row.elementId
SET n = row.props
RETURN count(n) AS count
