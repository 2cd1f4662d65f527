// App bookkeeping (never :Entity, so it stays out of the graph, search and gap analysis): local accounts,
// login sessions, API tokens and the audit trail. Everything but the lookup keys is sealed with a key the
// database never sees (server/shared/seal.ts, docs/security.md): `key`/`userKey` are HMACs, `sealed`/`meta`/
// `body` are AES-256-GCM blobs; audit entries are ordered by a plain `seq` and chained by HMACs.
CREATE CONSTRAINT user_key IF NOT EXISTS FOR (u:User) REQUIRE u.key IS UNIQUE;
CREATE CONSTRAINT session_key IF NOT EXISTS FOR (s:Session) REQUIRE s.key IS UNIQUE;
CREATE INDEX session_user_key IF NOT EXISTS FOR (s:Session) ON (s.userKey);
CREATE CONSTRAINT api_token_key IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.key IS UNIQUE;
CREATE INDEX api_token_user_key IF NOT EXISTS FOR (t:ApiToken) ON (t.userKey);
CREATE CONSTRAINT audit_seq IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.seq IS UNIQUE;
CREATE CONSTRAINT audit_chain_id IF NOT EXISTS FOR (h:AuditChain) REQUIRE h.id IS UNIQUE;
