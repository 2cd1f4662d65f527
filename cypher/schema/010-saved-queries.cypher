// Analysts' saved queries are app bookkeeping (no :Entity label): one :SavedQuery per query and one
// :QueryVersion per save. The composite uniqueness makes two concurrent saves fail instead of sharing a number.
CREATE CONSTRAINT saved_query_id IF NOT EXISTS FOR (q:SavedQuery) REQUIRE q.id IS UNIQUE;
CREATE CONSTRAINT query_version_n IF NOT EXISTS FOR (v:QueryVersion) REQUIRE (v.queryId, v.n) IS UNIQUE;
