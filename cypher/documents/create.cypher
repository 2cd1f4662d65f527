// Store an ingested document with its proposals (JSON) — not an :Entity, so the explorer never shows it.
// @param props: map (id, sha256, title, text, proposals, …)
// returns: id
CREATE (d:Document)
SET d = $props
RETURN d.id AS id
