// Applied at every start (IF NOT EXISTS makes it idempotent). Every domain node carries :Entity and a
// globally unique id, so links, URLs and imports can name any node by id alone.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX entity_source IF NOT EXISTS FOR (n:Entity) ON (n.source);
CREATE INDEX org_local IF NOT EXISTS FOR (n:Org) ON (n.local);
CREATE INDEX segment_order IF NOT EXISTS FOR (n:Segment) ON (n.chainId, n.order);
CREATE INDEX problem_status IF NOT EXISTS FOR (n:Problem) ON (n.status);
