// Every domain fact with what the freshness view needs: dates, source, tier, re-verifications (issue 13).
// Nodes first, then relationships (named "from → to"). At seed scale (~1,300 facts) one read is cheap.
// returns: id, kind, isLink, name, source, tier, basis, url, asOf, checks ([JSON string] or null)
MATCH (n:Entity)
RETURN n.id AS id, n.kind AS kind, false AS isLink, coalesce(n.name, n.id) AS name, n.source AS source, n.tier AS tier,
       n.basis AS basis, n.url AS url, n.asOf AS asOf, n.checks AS checks
UNION ALL
MATCH (a:Entity)-[r]->(b:Entity)
RETURN coalesce(r.id, type(r) + ':' + a.id + '->' + b.id) AS id, type(r) AS kind, true AS isLink,
       coalesce(a.name, a.id) + ' → ' + coalesce(b.name, b.id) AS name, r.source AS source, r.tier AS tier,
       r.basis AS basis, r.url AS url, r.asOf AS asOf, r.checks AS checks
