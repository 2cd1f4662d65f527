// Every relationship for a backup: type, end points (element ids, mapped to stable ids in JS), typed properties.
// returns: type, from, to, props: [{k, t, v}]
MATCH (a)-[r]->(b)
RETURN type(r) AS type, elementId(a) AS from, elementId(b) AS to,
       [k IN keys(r) | {k: k, t: valueType(r[k]),
         v: CASE WHEN valueType(r[k]) STARTS WITH 'INTEGER' THEN toString(r[k])
                 WHEN valueType(r[k]) STARTS WITH 'LIST<INTEGER' THEN [x IN r[k] | toString(x)]
                 ELSE r[k] END}] AS props
