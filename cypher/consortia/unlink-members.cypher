// Remove every membership of a consortium (before its member list is rewritten).
// @param id: string
// returns: removed
MATCH (c:Consortium {id: $id})
OPTIONAL MATCH (:Org)-[r:MEMBER_OF]->(c)
WITH collect(r) AS links
FOREACH (link IN links | DELETE link)
RETURN size(links) AS removed
