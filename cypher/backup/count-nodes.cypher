// How full the target of a restore is, and how much of it an interrupted restore left staged.
// returns: nodes, staged
MATCH (n)
RETURN count(n) AS nodes, count(CASE WHEN n:_Restoring THEN 1 END) AS staged
