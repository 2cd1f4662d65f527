import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Database } from "../../server/db/database";
import { startTestApp, type RunningApp } from "../setup/test-db";

// A client's mistake is a 4xx with the JSON error body, never a 500 (issue 12, item 5).
let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp({ security: { loginMaxFailures: 2 } });
});
afterAll(async () => {
  await app.close();
});

function rawRequest(url: string, method: string): Promise<{ status: number; allow: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, allow: res.headers.allow, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

const json = (body: string) => ({ method: "POST", headers: { "content-type": "application/json" }, body });

describe("dates are strict ISO calendar dates", () => {
  it.each([
    "0000-00-00",
    "2026-13-45",
    "2026-02-30",
    "2025-02-29",
    "2026-1-5",
    "2026-09-30T25:00",
    "tomorrow",
    "2026-09-30T08:00:00+24:00",
  ])("GET /api/audit?to=%s → 400 naming the field", async (value) => {
    const response = await app.get(`/api/audit?to=${encodeURIComponent(value)}`);
    expect(response.status, JSON.stringify(response.body)).toBe(400);
    expect(response.body.error.code).toBe("VALIDATION_FAILED");
    expect(response.body.error.message).toContain("'to'");
  });

  it.each(["2024-02-29", "2026-09-30", "2026-09-30T08:00", "2026-09-30T08:00:00.123Z", "2026-09-30T08:00:00+08:00"])(
    "accepts %s",
    async (value) => {
      const response = await app.get(`/api/audit?from=${encodeURIComponent(value)}&limit=1`);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
    },
  );

  it("refuses an impossible problem deadline filter", async () => {
    expect((await app.get("/api/problems?deadlineBefore=2026-02-30")).status).toBe(400);
    expect((await app.get("/api/problems?deadlineBefore=2026-02-28")).status).toBe(200);
  });
});

describe("numbers in query strings are decimal", () => {
  it.each(["0x10", "1e1", "16.0", " 16", "", "+16", "0b1", "Infinity"])("limit=%j → 400", async (value) => {
    const response = await app.get(`/api/search?q=${encodeURIComponent("株洲")}&limit=${encodeURIComponent(value)}`);
    expect(response.status, JSON.stringify(response.body)).toBe(400);
    expect(response.body.error.message).toContain("'limit'");
  });

  it("limit=16 is read as 16", async () => {
    const response = await app.get("/api/graph?limit=16");
    expect(response.status).toBe(200);
    expect(response.body.nodes.length).toBeLessThanOrEqual(16);
    expect(response.body.nodes.length).toBeGreaterThan(0);
  });
});

describe("JSON bodies: nesting depth and presence", () => {
  it("refuses objects nested 5,000 deep and 100,000 `[` with 400, before parsing", async () => {
    const deepObject = '{"a":'.repeat(5000) + "1" + "}".repeat(5000);
    for (const body of [deepObject, "[".repeat(100_000), "[".repeat(65) + "]".repeat(65)]) {
      const response = await app.fetch("/api/cypher", json(body));
      expect(response.status).toBe(400);
      expect((await response.json()).error.code).toBe("BODY_TOO_DEEP");
    }
  });

  it("accepts nesting up to the limit (64), and brackets inside strings do not count", async () => {
    const query = `RETURN 1 AS n // ${"[".repeat(200)}`;
    const response = await app.fetch(
      "/api/cypher",
      json(JSON.stringify({ query, params: { deep: JSON.parse("[".repeat(10) + "]".repeat(10)) } })),
    );
    expect(response.status).toBe(200);
    const atLimit = await app.fetch("/api/cypher", json("[".repeat(64) + "]".repeat(64)));
    expect(atLimit.status).toBe(400);
    expect((await atLimit.json()).error.code).toBe("VALIDATION_FAILED"); // parsed; refused by the schema, not the depth limit
  });

  it("POST /api/users/{u}/password without a body is a 400 and does not reset the password", async () => {
    const created = await app.send("POST", "/api/users", {
      username: "bad-input-victim",
      role: "viewer",
      password: "correct horse battery",
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const response = await app.fetch("/api/users/bad-input-victim/password", { method: "POST" });
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe("BODY_REQUIRED");
    const asText = await app.fetch("/api/users/bad-input-victim/password", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "{}",
    });
    expect(asText.status).toBe(400);
    const login = await app.send("POST", "/api/auth/login", {
      username: "bad-input-victim",
      password: "correct horse battery",
    });
    expect(login.status).toBe(200);
    await app.send("PATCH", "/api/users/bad-input-victim", { disabled: true });
  });

  it("a route whose body is optional still works without one", async () => {
    const response = await app.fetch("/api/auth/logout", { method: "POST" });
    expect(response.status).not.toBe(400);
  });
});

describe("methods", () => {
  it.each([
    ["TRACE", "/api/health", "GET, HEAD, OPTIONS"],
    ["DELETE", "/api/health", "GET, HEAD, OPTIONS"],
    ["PUT", "/api/consortia", "GET, HEAD, OPTIONS, POST"],
    ["PROPFIND", "/", "GET, HEAD"],
    ["TRACE", "/explorer", "GET, HEAD"],
  ])("%s %s → 405 with Allow: %s", async (method, path, allow) => {
    const response = await rawRequest(`${app.url}${path}`, method); // fetch() refuses to send TRACE
    expect(response.status).toBe(405);
    expect(response.allow).toBe(allow);
    expect(JSON.parse(response.body).error.code).toBe("METHOD_NOT_ALLOWED");
  });

  it("OPTIONS answers with the path's methods", async () => {
    const response = await rawRequest(`${app.url}/api/consortia`, "OPTIONS");
    expect(response.status).toBeLessThan(300);
    expect(response.allow?.split(/,\s*/)).toEqual(expect.arrayContaining(["GET", "POST"]));
  });

  it("an unknown API path is still a 404", async () => {
    expect((await app.fetch("/api/no-such-thing", { method: "DELETE" })).status).toBe(404);
  });
});

describe("Retry-After", () => {
  it("is on the 429 of too many failed sign-ins", async () => {
    let last: Response | null = null;
    for (let i = 0; i < 3; i++)
      last = await app.fetch(
        "/api/auth/login",
        json(JSON.stringify({ username: "nobody-here", password: "wrong wrong" })),
      );
    expect(last!.status).toBe(429);
    const seconds = Number(last!.headers.get("retry-after"));
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(15 * 60);
  });

  it("is on the 503 the error handler gives when the database is unreachable", async () => {
    const unreachable = new Database({
      uri: "bolt://127.0.0.1:9",
      user: "neo4j",
      password: "x",
      mode: "external",
      queryTimeoutMs: 5_000,
    });
    const down = await startTestApp({ db: unreachable, as: "anonymous" });
    try {
      const response = await down.fetch("/api/graph?limit=5");
      expect(response.status).toBe(503);
      expect((await response.json()).error.code).toBe("DB_UNAVAILABLE");
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    } finally {
      await down.close();
    }
  });
});
