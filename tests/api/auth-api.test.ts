import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeUsers } from "../setup/test-auth";
import { startTestApp, type RunningApp } from "../setup/test-db";

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await removeUsers(app.db, "t7-");
  await app.close();
});

const PASSWORD = "correct horse battery";

async function createUser(username: string, role: string, password = PASSWORD) {
  const res = await app.send("POST", "/api/users", { username, role, password });
  expect(res.status).toBe(201);
  return res.body;
}

/** Sign in through the API like the browser: returns the cookie header and the CSRF token. */
async function login(username: string, password = PASSWORD) {
  const response = await fetch(`${app.url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  const body = (await response.json()) as any;
  const setCookie = response.headers.get("set-cookie") ?? "";
  return { status: response.status, body, setCookie, cookie: setCookie.split(";")[0]! };
}

const withCookie = (cookie: string, csrf?: string) => ({ cookie, ...(csrf ? { "x-csrf-token": csrf } : {}) });

describe("sign-in, sessions and CSRF", () => {
  it("signs in with an httpOnly SameSite cookie, reports me, refuses cookie writes without the CSRF token, and signs out", async () => {
    await createUser("t7-alice", "admin");
    const session = await login("t7-alice");
    expect(session.status).toBe(200);
    expect(session.body.user).toEqual({ username: "t7-alice", role: "admin" });
    expect(session.setCookie).toMatch(/chainatlas_session=s_/);
    expect(session.setCookie).toMatch(/HttpOnly/i);
    expect(session.setCookie).toMatch(/SameSite=Lax/i);
    expect(session.setCookie).not.toMatch(/Secure/i); // plain HTTP here; COOKIE_SECURE=auto sets it behind HTTPS

    const anonymous = await app.as("anonymous");
    const me = await anonymous.send("GET", "/api/auth/me", undefined, withCookie(session.cookie));
    expect(me.body).toMatchObject({
      user: { username: "t7-alice", role: "admin" },
      via: "session",
      csrfToken: session.body.csrfToken,
    });

    const users = await anonymous.send("GET", "/api/users", undefined, withCookie(session.cookie));
    expect(users.status).toBe(200);
    const noToken = await anonymous.send(
      "POST",
      "/api/users",
      { username: "t7-csrf", role: "viewer" },
      withCookie(session.cookie),
    );
    expect(noToken.status).toBe(403);
    expect(noToken.body.error.code).toBe("CSRF_FAILED");
    const wrongToken = await anonymous.send(
      "POST",
      "/api/users",
      { username: "t7-csrf", role: "viewer" },
      withCookie(session.cookie, "forged"),
    );
    expect(wrongToken.body.error.code).toBe("CSRF_FAILED");
    const ok = await anonymous.send(
      "POST",
      "/api/users",
      { username: "t7-csrf", role: "viewer" },
      withCookie(session.cookie, session.body.csrfToken),
    );
    expect(ok.status).toBe(201);
    expect(ok.body.password).toHaveLength(16);

    const out = await anonymous.send(
      "POST",
      "/api/auth/logout",
      {},
      withCookie(session.cookie, session.body.csrfToken),
    );
    expect(out.status).toBe(200);
    const after = await anonymous.send("GET", "/api/auth/me", undefined, withCookie(session.cookie));
    expect(after.body.user).toBeNull();
    expect((await anonymous.send("GET", "/api/users", undefined, withCookie(session.cookie))).status).toBe(401);
  });

  it("gives the same answer for a wrong name and a wrong password, and limits failed attempts (429)", async () => {
    await createUser("t7-bob", "viewer");
    const limited = await startTestApp({ security: { loginMaxFailures: 3 } });
    try {
      const attempt = (username: string, password: string) =>
        fetch(`${limited.url}/api/auth/login`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ username, password }),
        }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));
      const wrongName = await attempt("t7-nobody", PASSWORD);
      const wrongPassword = await attempt("t7-bob", "not the password");
      expect(wrongName).toEqual(wrongPassword);
      expect(wrongName.status).toBe(401);
      await attempt("t7-bob", "still wrong");
      const blocked = await attempt("t7-bob", PASSWORD);
      expect(blocked.status).toBe(429);
      expect(blocked.body.error.code).toBe("RATE_LIMITED");
    } finally {
      await limited.close();
    }
    expect((await login("t7-bob")).status).toBe(200); // another app instance: its own limiter
  });

  it("lets a user change their own password (the old one stops working)", async () => {
    await createUser("t7-carol", "analyst");
    const session = await login("t7-carol");
    const anonymous = await app.as("anonymous");
    const wrong = await anonymous.send(
      "POST",
      "/api/auth/password",
      { current: "nope", next: "a brand new secret" },
      withCookie(session.cookie, session.body.csrfToken),
    );
    expect(wrong.status).toBe(400);
    const changed = await anonymous.send(
      "POST",
      "/api/auth/password",
      { current: PASSWORD, next: "a brand new secret" },
      withCookie(session.cookie, session.body.csrfToken),
    );
    expect(changed.status).toBe(200);
    expect((await login("t7-carol")).status).toBe(401);
    expect((await login("t7-carol", "a brand new secret")).status).toBe(200);
  });
});

describe("users, tokens and the audit trail (admin)", () => {
  it("creates, re-roles, disables and resets accounts; every change is audited", async () => {
    const created = await app.send("POST", "/api/users", { username: "t7-dave", role: "viewer" });
    expect(created.status).toBe(201);
    const generated = created.body.password as string;
    expect((await login("t7-dave", generated)).status).toBe(200);
    expect((await app.send("POST", "/api/users", { username: "t7-dave", role: "viewer" })).status).toBe(409);

    const promoted = await app.send("PATCH", "/api/users/t7-dave", { role: "analyst" });
    expect(promoted.body.user).toMatchObject({ username: "t7-dave", role: "analyst", disabled: false });

    const session = await login("t7-dave", generated);
    const anonymous = await app.as("anonymous");
    expect((await anonymous.send("GET", "/api/auth/me", undefined, withCookie(session.cookie))).body.user.role).toBe(
      "analyst",
    );
    await app.send("PATCH", "/api/users/t7-dave", { disabled: true });
    expect((await anonymous.send("GET", "/api/auth/me", undefined, withCookie(session.cookie))).body.user).toBeNull();
    expect((await login("t7-dave", generated)).status).toBe(401);

    await app.send("PATCH", "/api/users/t7-dave", { disabled: false });
    const reset = await app.send("POST", "/api/users/t7-dave/password", {});
    expect(reset.body.password).toHaveLength(16);
    expect((await login("t7-dave", generated)).status).toBe(401);
    expect((await login("t7-dave", reset.body.password)).status).toBe(200);

    const audit = await app.get("/api/audit?path=t7-dave&limit=50");
    const actions = audit.body.entries.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["user.update", "user.password-reset"]));
    const update = audit.body.entries.find(
      (e: { action: string; details: { disabled?: boolean } }) =>
        e.action === "user.update" && e.details.disabled === true,
    );
    expect(update).toMatchObject({
      by: "test-admin",
      via: "token",
      changes: [{ id: "user:t7-dave", op: "update", fields: { disabled: [false, true] } }],
    });
    const logins = await app.get("/api/audit?by=t7-dave&action=auth.login");
    expect(logins.body.total).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(audit.body)).not.toContain(generated); // passwords are never stored in the trail
  });

  it("issues API tokens (only hashes stored), which work as Bearer until revoked", async () => {
    await createUser("t7-erin", "analyst");
    const made = await app.send("POST", "/api/users/t7-erin/tokens", { name: "nightly script" });
    expect(made.status).toBe(201);
    const secret = made.body.secret as string;
    const stored = await app.db.readTx((tx) => tx.raw("MATCH (t:ApiToken) RETURN properties(t) AS p"));
    const everything = JSON.stringify(stored.records.map((r) => r.get("p")));
    expect(everything).not.toContain(secret);
    expect(everything).not.toContain(made.body.token.id); // sealed: not even the id is readable

    const bearer = { authorization: `Bearer ${secret}` };
    const anonymous = await app.as("anonymous");
    expect((await anonymous.send("GET", "/api/auth/me", undefined, bearer)).body).toMatchObject({
      user: { username: "t7-erin", role: "analyst" },
      via: "token",
      csrfToken: null,
    });
    expect((await anonymous.send("GET", "/api/users", undefined, bearer)).status).toBe(403);
    const list = await app.get("/api/users/t7-erin/tokens");
    expect(list.body.tokens).toEqual([expect.objectContaining({ id: made.body.token.id, name: "nightly script" })]);

    expect((await app.send("DELETE", `/api/users/t7-erin/tokens/${made.body.token.id}`)).status).toBe(200);
    const revoked = await anonymous.send("GET", "/api/graph?limit=1", undefined, bearer);
    expect(revoked.status).toBe(401);
    expect(revoked.body.error.code).toBe("UNAUTHENTICATED");
  });
});

describe("ANONYMOUS_ROLE", () => {
  it("none: nothing but health, login and me without signing in", async () => {
    const closed = await startTestApp({ as: "anonymous", security: { anonymousRole: "none" } });
    try {
      expect((await closed.get("/api/graph?limit=1")).status).toBe(401);
      expect((await closed.get("/api/health")).status).toBe(200);
      expect((await closed.get("/api/auth/me")).body).toMatchObject({ user: null, anonymousRole: "none" });
    } finally {
      await closed.close();
    }
  });

  it("viewer (loopback default): reads without signing in, writes never", async () => {
    const anonymous = await app.as("anonymous");
    expect((await anonymous.get("/api/graph?limit=1")).status).toBe(200);
    expect((await anonymous.send("POST", "/api/users", { username: "t7-x", role: "viewer" })).status).toBe(401);
  });

  it("sends the security headers and a CSP without inline scripts or style sheets", async () => {
    const response = await fetch(`${app.url}/api/health`);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toMatch(/style-src 'self' 'nonce-[^']+'/);
    expect(csp).toMatch(/style-src-elem 'self' 'nonce-[^']+'/);
    expect(csp).not.toMatch(/style-src(-elem)? [^;]*unsafe-inline/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-powered-by")).toBeNull();
  });
});
