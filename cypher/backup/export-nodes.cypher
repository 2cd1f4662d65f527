// Every node for a backup (or for checking a restore): element id, labels, and each property with its
// valueType(); integers travel as decimal strings so an Int64 beyond 2^53 stays exact. A running import's
// staged rows and marker are left out (decision 039), and so is an entity's derived search text, which a
// restore recomputes (decision 043).
// returns: eid, labels: [string], props: [{k, t, v}]
MATCH (n) WHERE NOT (n:_ImportStaged OR n:_Import)
RETURN elementId(n) AS eid, labels(n) AS labels,
       [k IN keys(n) WHERE k <> '_search' | {k: k, t: valueType(n[k]),
         v: CASE WHEN valueType(n[k]) STARTS WITH 'INTEGER' THEN toString(n[k])
                 WHEN valueType(n[k]) STARTS WITH 'LIST<INTEGER' THEN [x IN n[k] | toString(x)]
                 ELSE n[k] END}] AS props
