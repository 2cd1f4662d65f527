// Restore, last step: the verified nodes lose their staging label in one transaction (the flip).
// returns: nodes
MATCH (n:_Restoring)
REMOVE n:_Restoring
RETURN count(n) AS nodes
