import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeUsers } from "../setup/test-auth";
import { startTestApp, type Client, type RunningApp } from "../setup/test-db";

// Issue 11's read-side battery: an analyst, signed in with a browser session, tries to read the app's
// bookkeeping or stall the server through POST /api/cypher and a saved (library) query. Nothing that comes
// back may help take over an account or reveal the audit trail.

let app: RunningApp;
let browser: Client;
let session: { cookie: string; csrf: string; secret: string };
let tokenSecret = "";
const USER = "t11-probe";
const PASSWORD = "probe password 123";
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

beforeAll(async () => {
  app = await startTestApp();
  browser = await app.as("anonymous");
  expect((await app.send("POST", "/api/users", { username: USER, role: "analyst", password: PASSWORD })).status).toBe(
    201,
  );
  const made = await app.send("POST", `/api/users/${USER}/tokens`, { name: "t11 marker token" });
  tokenSecret = made.body.secret;
  // An admin writes some audit entries with a marker the probes must never see.
  await app.send("POST", "/api/users", {
    username: "t11-audit-marker",
    role: "viewer",
    password: "marker password 123",
  });
  const response = await fetch(`${app.url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: USER, password: PASSWORD }),
  });
  const body = (await response.json()) as { csrfToken: string };
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0]!;
  session = { cookie, csrf: body.csrfToken, secret: decodeURIComponent(cookie.split("=")[1]!) };
});
afterAll(async () => {
  await removeUsers(app.db, "t11-");
  await app.close();
});

function cypher(query: string) {
  return browser.send("POST", "/api/cypher", { query }, { cookie: session.cookie, "x-csrf-token": session.csrf });
}

/** Everything the analyst must never see, checked in every response. */
function forbidden(): string[] {
  return [
    "$2a$",
    "$2b$",
    "$2y$", // bcrypt hashes
    session.secret,
    sha256(session.secret),
    session.csrf, // the caller's own session
    tokenSecret,
    sha256(tokenSecret), // an API token
    "t11-audit-marker",
    USER,
    "user.create",
    "auth.login",
    "http.write",
    "t11 marker token", // accounts and the audit trail
  ];
}

const bomb = (depth: number) => `RETURN ${"(".repeat(depth)}1${")".repeat(depth)}`;

const READABLE = [
  "MATCH (n) RETURN n",
  "MATCH (n) RETURN properties(n) AS p",
  "MATCH (n) RETURN keys(n) AS k, labels(n) AS l",
  "MATCH (n) WHERE NOT n:Entity RETURN n, properties(n) AS p",
  "MATCH (n) UNWIND keys(n) AS k RETURN k, n[k] AS v",
  "MATCH (n) RETURN [k IN keys(n) | n[k]] AS vs",
  "MATCH (n) RETURN n {.*} AS m",
  "MATCH (n) WITH collect(n) AS all RETURN all",
  "MATCH (n) RETURN collect(properties(n)) AS all",
  "MATCH p = (n)--() RETURN p LIMIT 200",
  "MATCH (n)-[r]-() RETURN r LIMIT 200",
  "MATCH (u:User) RETURN u.username, u.role, u.passwordHash",
  "MATCH (u:User) RETURN u, properties(u) AS p",
  "MATCH (s:Session) RETURN s.hash, s.csrf, properties(s) AS p",
  "MATCH (t:ApiToken) RETURN properties(t) AS p, t",
  "MATCH (a:AuditEntry) RETURN a",
  "MATCH (a:AuditEntry) RETURN properties(a) AS p",
  "MATCH (h:AuditChain) RETURN h, properties(h) AS p",
  "MATCH (n) WHERE n.passwordHash STARTS WITH '$2' RETURN n.passwordHash",
  "MATCH (n) RETURN n UNION MATCH (n:User) RETURN n",
  "CALL { MATCH (u:User) RETURN u } RETURN u",
  "MATCH (n) WHERE EXISTS { MATCH (n:Session) } RETURN n",
  "MATCH (n) RETURN COLLECT { MATCH (s:Session) RETURN s } AS sessions LIMIT 1",
  "CALL db.labels() YIELD label RETURN label",
  "CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey",
  "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType",
  "CALL db.schema.visualization()",
];

const REFUSED = [
  "SHOW TRANSACTION YIELD currentQuery, parameters",
  "SHOW TRANSACTIONS",
  "SHOW TRANSACTIONS YIELD * RETURN *",
  "SHOW SETTINGS",
  "SHOW SETTINGS YIELD name, value",
  "SHOW PROCEDURES",
  "SHOW FUNCTIONS",
  "SHOW INDEXES",
  "SHOW CONSTRAINTS",
  "SHOW DATABASES",
  "SHOW USERS",
  "SHOW CURRENT USER",
  "SHOW ROLES",
  "SHOW PRIVILEGES",
  "SHOW SERVERS",
  "SHOW ALIASES FOR DATABASES",
  "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
  "EXPLAIN MATCH (u:User) RETURN u",
  "PROFILE MATCH (u:User) RETURN u",
  "CALL dbms.listConfig()",
  "CALL dbms.components()",
  "CALL dbms.listTransactions()",
  "CALL dbms.showCurrentUser()",
  "CALL dbms.queryJmx('*:*')",
  "CALL db.info()",
  "CALL db.stats.retrieve('GRAPH COUNTS')",
  "CALL db.schema.nodeTypeProperties()",
  "MATCH (n) CALL { SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery } RETURN currentQuery",
];

describe("an analyst's Cypher cannot read bookkeeping (≥ 40 probes through the API)", () => {
  it("answers label-less scans, properties/keys/labels and the allowed procedures without any secret or audit content", async () => {
    // Controls: the markers really are in the trail (an admin sees them), and the caller's session is live.
    expect(JSON.stringify((await app.get("/api/audit?limit=500")).body)).toContain("t11-audit-marker");
    expect((await browser.send("GET", "/api/auth/me", undefined, { cookie: session.cookie })).body).toMatchObject({
      user: { username: USER },
      csrfToken: session.csrf,
    });
    let hidden = 0;
    for (const query of READABLE) {
      const { status, body } = await cypher(query);
      expect(status, `${query}: ${JSON.stringify(body).slice(0, 300)}`).toBe(200);
      const text = JSON.stringify(body);
      for (const secret of forbidden())
        expect(text.includes(secret), `${query} leaked ${secret.slice(0, 12)}…`).toBe(false);
      hidden += body.summary.hidden ?? 0;
    }
    expect(hidden).toBeGreaterThan(0); // bookkeeping nodes were there, and were withheld
  });

  it("refuses every SHOW form, TERMINATE, EXPLAIN/PROFILE and every procedure outside the list with 403 NOT_ALLOWED naming it and its position", async () => {
    for (const query of REFUSED) {
      const { status, body } = await cypher(query);
      expect(status, query).toBe(403);
      expect(body.error.code).toBe("NOT_ALLOWED");
      expect(body.error.details).toMatchObject({
        line: expect.any(Number),
        column: expect.any(Number),
        offset: expect.any(Number),
      });
      expect(body.error.message).toContain(String(body.error.details.keyword));
    }
  });

  it("refuses nesting bombs (depths 500, 3,000, 10,000) with 400 QUERY_TOO_COMPLEX before Neo4j parses them", async () => {
    for (const query of [
      bomb(500),
      bomb(3_000),
      bomb(10_000),
      `RETURN ${"[".repeat(3_000)}${"]".repeat(3_000)}`,
      `RETURN ${"{a:".repeat(200)}1${"}".repeat(200)}`,
    ]) {
      const { status, body } = await cypher(query);
      expect(status).toBe(400);
      expect(body.error.code).toBe("QUERY_TOO_COMPLEX");
      expect(body.error.details.limit).toBeGreaterThan(0);
    }
  });

  it("withholds bookkeeping from saved (library) queries too", async () => {
    const analyst = await app.as("analyst");
    const saved = await analyst.send("POST", "/api/queries", {
      title: "t11 probe",
      text: "MATCH (u:User) RETURN u, properties(u) AS p",
      params: [],
    });
    expect(saved.status).toBe(201);
    try {
      const run = await analyst.send("POST", `/api/queries/${saved.body.id}/run`, { params: {} });
      expect(run.status).toBe(200);
      expect(run.body.rows.length).toBeGreaterThan(0);
      expect(run.body.rows.every((row: unknown[]) => row[0] === null)).toBe(true);
      const text = JSON.stringify(run.body);
      for (const secret of forbidden()) expect(text.includes(secret)).toBe(false);
    } finally {
      await analyst.send("DELETE", `/api/queries/${saved.body.id}`);
    }
  });

  it("keeps /api/health and GET /api/graph answering while 20 nesting bombs run at once", async () => {
    const started = performance.now();
    const bombs = Array.from({ length: 20 }, (_, i) => cypher(bomb([500, 3_000, 10_000][i % 3]!)));
    const [health, graph] = await Promise.all([app.get("/api/health"), app.get("/api/graph?limit=200")]);
    const graphMs = Math.round(performance.now() - started);
    const answers = await Promise.all(bombs);
    expect(health.status).toBe(200);
    expect(graph.status).toBe(200);
    expect(graph.body.nodes.length).toBeGreaterThan(0);
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(400));
    console.log(
      `[probe] /api/graph answered in ${graphMs} ms under 20 concurrent nesting bombs (figure only; bench/guard.bench.ts measures it)`,
    );
  });
});
