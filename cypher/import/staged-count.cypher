// How many staged side nodes (all imports) the database holds; tests and the bench watch it.
// returns: count
MATCH (s:_ImportStaged)
RETURN count(s) AS count
