// App bookkeeping (never :Entity, so it stays out of the graph, search and gap analysis): local accounts,
// login sessions and API tokens (only SHA-256 hashes of their secrets are stored), and the audit trail.
CREATE CONSTRAINT user_username IF NOT EXISTS FOR (u:User) REQUIRE u.username IS UNIQUE;
CREATE CONSTRAINT session_hash IF NOT EXISTS FOR (s:Session) REQUIRE s.hash IS UNIQUE;
CREATE INDEX session_username IF NOT EXISTS FOR (s:Session) ON (s.username);
CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.hash IS UNIQUE;
CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.id IS UNIQUE;
CREATE INDEX api_token_username IF NOT EXISTS FOR (t:ApiToken) ON (t.username);
CREATE CONSTRAINT audit_id IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.id IS UNIQUE;
CREATE INDEX audit_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.at);
CREATE INDEX audit_import IF NOT EXISTS FOR (a:AuditEntry) ON (a.importId);
