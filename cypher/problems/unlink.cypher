// Remove a problem's poster, technology and chain links before they are rewritten from an edit.
// @param id: string
// returns: removed
MATCH (p:Problem {id: $id})
OPTIONAL MATCH (p)-[r:REQUIRES|IN_CHAIN]->()
OPTIONAL MATCH (p)<-[posted:POSTED]-()
WITH collect(DISTINCT r) + collect(DISTINCT posted) AS links
FOREACH (link IN links | DELETE link)
RETURN size(links) AS removed
