// Staged import, in the commit transaction: staged links whose ends are neither a stored node nor a node this
// import stages (a referenced node was deleted since the file was checked).
// @param importId: string
// returns: count
MATCH (s:_ImportStaged {_importId: $importId})
WHERE s:_ImportLink
  AND (NOT EXISTS { MATCH (:Entity {id: s._from}) } AND NOT EXISTS { MATCH (n:_ImportNode {id: s._from}) WHERE n._importId = $importId }
    OR NOT EXISTS { MATCH (:Entity {id: s._to}) } AND NOT EXISTS { MATCH (n:_ImportNode {id: s._to}) WHERE n._importId = $importId })
RETURN count(s) AS count
