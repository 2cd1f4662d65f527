import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEntries, removeUsers } from "../setup/test-auth";
import { startTestApp, type RunningApp } from "../setup/test-db";

// Issue 12, item 3 and the small auth gaps: the audit trail records final outcomes and is tamper-evident;
// a password change revokes API tokens; auth responses are not cached.

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await removeUsers(app.db, "t12-");
  await app.close();
});

describe("an honest audit trail", () => {
  it("does not record a write that failed without changing anything (DELETE of a missing saved query → 404, no entry)", async () => {
    const analyst = await app.as("analyst");
    const gone = await analyst.send("DELETE", "/api/queries/zz-nonexistent");
    expect(gone.status).toBe(404);
    expect((await auditEntries(app.db, { path: "/api/queries/zz-nonexistent" })).length).toBe(0);
    // …while a delete that did something is recorded with its real status.
    const saved = await analyst.send("POST", "/api/queries", {
      title: "t12 audit",
      text: "RETURN 1 AS one",
      params: [],
    });
    expect((await analyst.send("DELETE", `/api/queries/${saved.body.id}`)).status).toBe(200);
    const [entry] = await auditEntries(app.db, { path: `/api/queries/${saved.body.id}`, action: "http.write" });
    expect(entry).toMatchObject({ method: "DELETE", status: 200, by: "test-analyst" });
  });

  it("verifies the chain (admin only) and finds an entry changed directly in Neo4j", async () => {
    expect((await (await app.as("analyst")).get("/api/audit/verify")).status).toBe(403);
    const intact = await app.get("/api/audit/verify");
    expect(intact.status).toBe(200);
    expect(intact.body).toMatchObject({ intact: true, entries: expect.any(Number) });
    expect(intact.body.entries).toBeGreaterThan(0);

    // Tamper: give the last entry the sealed meta of the one before it (valid ciphertext, wrong place).
    const last = intact.body.lastSeq as number;
    const original = await app.db.readTx((tx) =>
      tx.raw("MATCH (a:AuditEntry {seq: $seq}) RETURN a.meta AS meta", { seq: last }),
    );
    const meta = original.records[0]!.get("meta") as string;
    try {
      await app.db.writeTx((tx) =>
        tx.raw("MATCH (a:AuditEntry {seq: $seq}), (b:AuditEntry {seq: $prev}) SET a.meta = b.meta", {
          seq: last,
          prev: last - 1,
        }),
      );
      const broken = await app.get("/api/audit/verify");
      expect(broken.body).toMatchObject({ intact: false, broken: { seq: last } });
      expect(broken.body.broken.reason).toMatch(/hash|changed/);
    } finally {
      await app.db.writeTx((tx) => tx.raw("MATCH (a:AuditEntry {seq: $seq}) SET a.meta = $meta", { seq: last, meta }));
    }
    expect((await app.get("/api/audit/verify")).body.intact).toBe(true);
  });

  it("detects a deleted entry in the middle", async () => {
    const { body } = await app.get("/api/audit/verify");
    const victim = Math.max(1, (body.lastSeq as number) - 2);
    const saved = await app.db.readTx((tx) =>
      tx.raw("MATCH (a:AuditEntry {seq: $seq}) RETURN properties(a) AS p", { seq: victim }),
    );
    const props = saved.records[0]!.get("p") as Record<string, unknown>;
    try {
      await app.db.writeTx((tx) => tx.raw("MATCH (a:AuditEntry {seq: $seq}) DELETE a", { seq: victim }));
      expect((await app.get("/api/audit/verify")).body).toMatchObject({ intact: false, broken: { seq: victim + 1 } });
    } finally {
      await app.db.writeTx((tx) => tx.raw("CREATE (a:AuditEntry) SET a = $props", { props }));
    }
    expect((await app.get("/api/audit/verify")).body.intact).toBe(true);
  });
});

describe("auth responses and password changes", () => {
  it("marks login and /api/auth/me as no-store", async () => {
    await app.send("POST", "/api/users", { username: "t12-nostore", role: "viewer", password: "no store password" });
    const login = await fetch(`${app.url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "t12-nostore", password: "no store password" }),
    });
    expect(login.status).toBe(200);
    expect(login.headers.get("cache-control")).toBe("no-store");
    const me = await fetch(`${app.url}/api/auth/me`, {
      headers: { cookie: (login.headers.get("set-cookie") ?? "").split(";")[0]! },
    });
    expect(me.headers.get("cache-control")).toBe("no-store");
  });

  it("revokes the user's API tokens when they change their password, and when an admin resets it", async () => {
    await app.send("POST", "/api/users", { username: "t12-tokens", role: "analyst", password: "first password 123" });
    const token = async () =>
      `Bearer ${(await app.send("POST", "/api/users/t12-tokens/tokens", { name: "script" })).body.secret}`;
    const anonymous = await app.as("anonymous");
    const works = async (bearer: string) =>
      (await anonymous.send("GET", "/api/auth/me", undefined, { authorization: bearer })).body.user !== null;

    const first = await token();
    expect(await works(first)).toBe(true);
    const login = await fetch(`${app.url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "t12-tokens", password: "first password 123" }),
    });
    const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0]!;
    const changed = await anonymous.send(
      "POST",
      "/api/auth/password",
      { current: "first password 123", next: "second password 456" },
      { cookie, "x-csrf-token": csrf },
    );
    expect(changed.status).toBe(200);
    expect(await works(first)).toBe(false);

    const second = await token();
    expect(await works(second)).toBe(true);
    expect((await app.send("POST", "/api/users/t12-tokens/password", {})).status).toBe(200);
    expect(await works(second)).toBe(false);
    expect((await app.get("/api/users/t12-tokens/tokens")).body.tokens).toEqual([]);
  });
});
