// Staged import, end: the marker goes once nothing of the import is staged any more (flipped or discarded).
// @param importId: string
// returns: count
MATCH (i:_Import {id: $importId})
WHERE NOT EXISTS { MATCH (s:_ImportStaged {_importId: $importId}) }
DELETE i
RETURN count(*) AS count
