import bcrypt from "bcryptjs";
import { createHash } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { coreServices } from "../../server/app";
import { sealLegacyBookkeeping } from "../../server/boot/seal-bookkeeping";
import { bookkeepingSealer } from "../../server/config/app-secret";
import { removeUsers } from "../setup/test-auth";
import { testDb } from "../setup/test-db";

// The one-time upgrade of issue 11: plaintext bookkeeping nodes written by older versions are sealed in
// place, and the accounts, sessions and tokens they describe keep working.

const db = testDb();
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const PASSWORD = "old format password";
const SESSION = "s_oldformatsessionsecret0123456789";
const CSRF = "oldformatcsrf0123456789abcdef";
const TOKEN = "cat_oldformattokensecret0123456789";

afterAll(async () => {
  await removeUsers(db, "t11-old");
  await db.close();
});

async function bookkeepingDump(): Promise<string> {
  const result = await db.readTx((tx) =>
    tx.raw(
      "MATCH (n) WHERE n:User OR n:Session OR n:ApiToken OR n:AuditEntry OR n:AuditChain RETURN properties(n) AS p",
    ),
  );
  return JSON.stringify(result.records.map((r) => r.get("p")));
}

describe("sealing plaintext bookkeeping at start (idempotent)", () => {
  it("seals old users, sessions, tokens and audit entries; sign-in, the session and the token still work; nothing plain remains", async () => {
    const passwordHash = await bcrypt.hash(PASSWORD, 4);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    await db.writeTx(async (tx) => {
      await tx.raw(
        "CREATE (:User {username: 't11-old', role: 'analyst', passwordHash: $passwordHash, disabled: false, createdAt: '2026-01-01T00:00:00Z', lastLoginAt: '2026-02-01T00:00:00Z'})",
        { passwordHash },
      );
      await tx.raw(
        "CREATE (:Session {hash: $hash, username: 't11-old', csrf: $csrf, createdAt: '2026-02-01T00:00:00Z', expiresAt: $future})",
        { hash: sha256(SESSION), csrf: CSRF, future },
      );
      await tx.raw(
        "CREATE (:ApiToken {id: 'tok_t11old00000', hash: $hash, name: 'old script', username: 't11-old', createdAt: '2026-01-02T00:00:00Z'})",
        { hash: sha256(TOKEN) },
      );
      await tx.raw(
        "CREATE (:AuditEntry {id: 'aud_t11_old', at: '2026-01-01T00:00:00Z', by: 't11-old-admin', role: 'admin', via: 'session', action: 'user.create', method: 'POST', path: '/api/t11-old-path', status: 200, details: '{\"username\":\"t11-old\"}', changes: '[]', importId: null, file: null})",
      );
    });
    expect(await bookkeepingDump()).toContain(passwordHash);

    const first = await sealLegacyBookkeeping(db, bookkeepingSealer());
    expect(first).toMatchObject({ users: 1, sessions: 1, tokens: 1, audit: 1 });
    const again = await sealLegacyBookkeeping(db, bookkeepingSealer());
    expect(again).toEqual({ users: 0, sessions: 0, tokens: 0, audit: 0 });

    const dump = await bookkeepingDump();
    for (const secret of [
      passwordHash,
      "$2a$",
      "$2b$",
      sha256(SESSION),
      sha256(TOKEN),
      CSRF,
      "t11-old",
      "tok_t11old00000",
      "aud_t11_old",
      "/api/t11-old-path",
      "old script",
    ]) {
      expect(dump, secret).not.toContain(secret);
    }

    const { auth, users } = coreServices(db).access;
    const login = await auth.login("t11-old", PASSWORD, "t11-client");
    expect(login.user).toEqual({ username: "t11-old", role: "analyst" });
    expect(await auth.fromSession(SESSION)).toMatchObject({
      username: "t11-old",
      role: "analyst",
      via: "session",
      csrf: CSRF,
    });
    expect(await auth.fromToken(TOKEN)).toMatchObject({ username: "t11-old", role: "analyst", via: "token" });
    const account = (await users.list()).find((u) => u.username === "t11-old");
    expect(account).toMatchObject({
      role: "analyst",
      disabled: false,
      createdAt: "2026-01-01T00:00:00Z",
      hasPassword: true,
      tokens: 1,
    });
    expect((await users.tokens("t11-old")).map((t) => t.id)).toEqual(["tok_t11old00000"]);

    const audit = coreServices(db).audit;
    const { entries } = await audit.list({ path: "/api/t11-old-path", limit: 10, skip: 0 });
    expect(entries).toEqual([
      expect.objectContaining({
        id: "aud_t11_old",
        by: "t11-old-admin",
        action: "user.create",
        status: 200,
        details: { username: "t11-old" },
      }),
    ]);
    expect((await audit.verify()).intact).toBe(true);
  });
});
