// The plaintext bookkeeping indexes of before issue 11 (usernames, session/token hashes, audit fields):
// the sealed store looks up by HMAC keys instead (003), and server/boot/seal-bookkeeping.ts seals old nodes.
DROP CONSTRAINT user_username IF EXISTS;
DROP CONSTRAINT session_hash IF EXISTS;
DROP INDEX session_username IF EXISTS;
DROP CONSTRAINT api_token_hash IF EXISTS;
DROP CONSTRAINT api_token_id IF EXISTS;
DROP INDEX api_token_username IF EXISTS;
DROP CONSTRAINT audit_id IF EXISTS;
DROP INDEX audit_at IF EXISTS;
DROP INDEX audit_import IF EXISTS;
