// Every session, sealed (the service unseals them to find the expired ones).
// returns: key, sealed
MATCH (s:Session)
RETURN s.key AS key, s.sealed AS sealed
