// Ingested documents and remembered rejections are app bookkeeping (no :Entity label): the explorer never
// shows them; only the facts a reviewer applies become :Entity nodes and relationships.
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT document_sha256 IF NOT EXISTS FOR (d:Document) REQUIRE d.sha256 IS UNIQUE;
CREATE CONSTRAINT rejected_proposal_key IF NOT EXISTS FOR (r:RejectedProposal) REQUIRE r.key IS UNIQUE;
