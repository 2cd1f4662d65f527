import type { Role } from "../../server/contracts/auth";
import type { Database } from "../../server/db/database";
import { coreServices } from "../../server/app";
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
