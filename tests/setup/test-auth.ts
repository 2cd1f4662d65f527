import type { Role } from "../../server/contracts/auth";
import type { Database } from "../../server/db/database";
import { coreServices } from "../../server/app";
import { bookkeepingSealer } from "../../server/config/app-secret";
import { SYSTEM } from "../../server/features/auth/users.service";
import { DomainError } from "../../server/contracts/errors";

export type TestRole = "anonymous" | Role;

/** A token-only test account per role (`test-viewer`, `test-analyst`, `test-admin`), created on first use. */
export async function ensureTestUser(db: Database, role: Role): Promise<string> {
  const { users } = coreServices(db).access;
  const username = `test-${role}`;
  try {
    await users.create(SYSTEM, { username, role }, { tokenOnly: true });
  } catch (error) {
    if (!(error instanceof DomainError && error.kind === "conflict")) throw error;
  }
  return username;
}

/** Headers that authenticate as `role` (a fresh API token), or none for anonymous. */
export async function authHeadersFor(db: Database, role: TestRole): Promise<Record<string, string>> {
  if (role === "anonymous") return {};
  const username = await ensureTestUser(db, role);
  const { secret } = await coreServices(db).access.users.createToken(SYSTEM, username, "test harness");
  return { authorization: `Bearer ${secret}` };
}

/** A signed-in browser session for `role` without a password round trip (e2e pages). */
export async function sessionFor(db: Database, role: Role): Promise<{ secret: string; csrf: string }> {
  const username = await ensureTestUser(db, role);
  return coreServices(db).access.auth.openSession(username);
}

/**
 * Remove test accounts whose name starts with `prefix`, with their sessions and tokens. Names are sealed, so
 * the accounts are found through the service and matched by their HMAC lookup keys.
 */
export async function removeUsers(db: Database, prefix: string): Promise<void> {
  const names = (await coreServices(db).access.users.list())
    .map((u) => u.username)
    .filter((name) => name.startsWith(prefix));
  const keys = names.map((name) => bookkeepingSealer().lookup("user", name));
  if (keys.length === 0) return;
  await db.writeTx((tx) =>
    tx.raw(
      "MATCH (n) WHERE (n:User AND n.key IN $keys) OR ((n:Session OR n:ApiToken) AND n.userKey IN $keys) DETACH DELETE n",
      { keys },
    ),
  );
}

/** An audit entry as the API shows it, read through the service (entries are sealed in the database). */
export async function auditEntries(db: Database, filter: { path?: string; action?: string; by?: string } = {}) {
  const { entries } = await coreServices(db).audit.list({ ...filter, limit: 500, skip: 0 });
  return entries;
}
