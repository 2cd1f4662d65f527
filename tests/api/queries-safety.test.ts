import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queriesRepo } from "../../server/features/queries/queries.repo";
import { startTestApp, testDb, type RunningApp } from "../setup/test-db";

// The read-only guarantee, layer by layer and end to end, against the real database.

let app: RunningApp;
let slowApp: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
  slowApp = await startTestApp(testDb({ queryTimeoutMs: 1_000 }));
});
afterAll(async () => {
  await app.close();
  await slowApp.close();
});

/** Node and relationship counts, labels, and a checksum over every property of every node and relationship. */
async function fingerprint() {
  return app.db.readTx(async (tx) => {
    const nodes = await tx.raw(
      "MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props ORDER BY id",
    );
    const rels = await tx.raw(
      "MATCH ()-[r]->() RETURN elementId(r) AS id, type(r) AS type, properties(r) AS props ORDER BY id",
    );
    const labels = await tx.raw("CALL db.labels() YIELD label RETURN collect(label) AS labels");
    const hash = crypto.createHash("sha256");
    for (const record of [...nodes.records, ...rels.records]) hash.update(JSON.stringify(record.toObject()));
    return {
      nodes: nodes.records.length,
      rels: rels.records.length,
      labels: labels.records[0]!.get("labels") as string[],
      checksum: hash.digest("hex"),
    };
  });
}

const WRITES: [string, string][] = [
  ["CREATE", "CREATE (n:Pwned {id: 'x'}) RETURN n"],
  ["MERGE", "MERGE (n:Entity {id: 'pwned'}) RETURN n"],
  ["SET", "MATCH (n:Entity) SET n.name = 'pwned' RETURN count(n)"],
  ["DELETE", "MATCH ()-[r:SUPPLIES]->() DELETE r"],
  ["REMOVE", "MATCH (n:Org) REMOVE n.local"],
  ["DETACH DELETE", "MATCH (n) DETACH DELETE n"],
  ["FOREACH with writes", "MATCH (n:Chain) WITH collect(n) AS ns FOREACH (x IN ns | SET x.name = 'pwned')"],
  ["CALL db.createLabel", "CALL db.createLabel('Pwned')"],
  ["LOAD CSV", "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"],
  ["CALL {…} IN TRANSACTIONS", "MATCH (n:Entity) CALL (n) { SET n.name = 'pwned' } IN TRANSACTIONS OF 10 ROWS"],
  ["CALL {…} IN TRANSACTIONS (read body)", "CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN count(n)"],
  ["multiple statements", "MATCH (n) RETURN count(n); MATCH (n) DETACH DELETE n"],
  ["lower case", "match (n:Entity) detach delete n"],
  ["comments around", "/* read */ MATCH (n:Entity) // only\n SeT n.name = 'pwned'"],
  ["keyword in a string first", "MATCH (n:Entity) WHERE n.name <> 'RETURN n' SET n.name = 'pwned'"],
  ["CALL dbms.*", "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')"],
  ["CALL dbms.security", "CALL dbms.security.createUser('eve', 'secret12345', false)"],
  ["USE", "USE system CREATE USER eve SET PASSWORD 'secret12345'"],
  ["apoc", "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})"],
  ["admin command", "CREATE INDEX pwned FOR (n:Entity) ON (n.pwned)"],
  ["DROP", "DROP CONSTRAINT entity_id"],
];

describe("write attempts through POST /api/cypher", () => {
  it("refuses every one with 403 (WRITE_NOT_ALLOWED for a write clause, NOT_ALLOWED for the rest) and leaves the database exactly as it was", async () => {
    const before = await fingerprint();
    for (const [what, query] of WRITES) {
      const { status, body } = await app.send("POST", "/api/cypher", { query });
      expect(status, `${what}: ${JSON.stringify(body)}`).toBe(403);
      expect(body.error.code).toMatch(/^(WRITE_)?NOT_ALLOWED$/);
    }
    expect(await fingerprint()).toEqual(before);
  });

  it("refuses a write hidden in a saved query too", async () => {
    const { status, body } = await app.send("POST", "/api/queries", {
      title: "evil",
      text: "MATCH (n:Entity) SET n.name = 'x'",
      params: [],
    });
    expect(status).toBe(403);
    expect(body.error.code).toBe("WRITE_NOT_ALLOWED");
  });
});

describe("each layer holds on its own", () => {
  it("EXPLAIN refuses what the planner sees as a write (queryType is not 'r'), without running it", async () => {
    const repo = queriesRepo(app.db);
    const before = await fingerprint();
    for (const text of [
      "CREATE (n:Pwned)",
      "MATCH (n:Entity) SET n.x = 1",
      "MERGE (n:Pwned {id: 1})",
      "CALL db.createLabel('Pwned')",
      "CREATE INDEX pwned2 FOR (n:Pwned) ON (n.x)",
    ]) {
      const run = await repo.runReadOnly(text, {}, { timeoutMs: 5_000, maxRows: 10 });
      expect(run.refused, text).toBe(true);
      expect(run.queryType).not.toBe("r");
      expect(run.result).toBeUndefined();
    }
    expect(await fingerprint()).toEqual(before);
  });

  it("the READ transaction refuses a write even if nothing before it had", async () => {
    await expect(app.db.readTx((tx) => tx.capped("CREATE (n:Pwned) RETURN n", {}, 10))).rejects.toMatchObject({
      code: "Neo.ClientError.Statement.AccessMode",
    });
    await expect(app.db.readTx((tx) => tx.capped("CALL db.createLabel('Pwned')", {}, 10))).rejects.toMatchObject({
      code: "Neo.ClientError.Statement.AccessMode",
    });
    const labels = await app.db.readTx((tx) => tx.raw("CALL db.labels() YIELD label RETURN collect(label) AS l"));
    expect(labels.records[0]!.get("l")).not.toContain("Pwned");
  });
});

describe("limits and errors", () => {
  it("stops a slow query at the timeout with 408 QUERY_TIMEOUT (server limit and a lower per-request limit)", async () => {
    const slow = "UNWIND range(1, 1000000) AS a UNWIND range(1, 1000000) AS b RETURN count(*) AS n";
    const server = await slowApp.send("POST", "/api/cypher", { query: slow });
    expect(server.status).toBe(408);
    expect(server.body.error).toMatchObject({ code: "QUERY_TIMEOUT", details: { timeoutMs: 1000 } });
    const perRequest = await app.send("POST", "/api/cypher", { query: slow, timeoutMs: 300 });
    expect(perRequest.status).toBe(408);
    expect(perRequest.body.error.details.timeoutMs).toBe(300);
    const higher = await slowApp.send("POST", "/api/cypher", { query: slow, timeoutMs: 60_000 });
    expect(higher.body.error.details.timeoutMs).toBe(1000); // a request can only lower the server's limit
  });

  it("caps rows and says it truncated", async () => {
    const { body } = await app.send("POST", "/api/cypher", { query: "UNWIND range(1, 7000) AS i RETURN i" });
    expect(body.rows).toHaveLength(5000);
    expect(body.summary).toMatchObject({ rows: 5000, truncated: true });
    const small = await app.send("POST", "/api/cypher", { query: "MATCH (n:Entity) RETURN n.id", maxRows: 3 });
    expect(small.body.rows).toHaveLength(3);
    expect(small.body.summary.truncated).toBe(true);
    const exact = await app.send("POST", "/api/cypher", { query: "UNWIND range(1, 3) AS i RETURN i", maxRows: 3 });
    expect(exact.body.summary.truncated).toBe(false);
  });

  it("reports a syntax error with its line and column", async () => {
    const { status, body } = await app.send("POST", "/api/cypher", {
      query: "MATCH (n:Entity)\nWHERE n.local = true\n  RETRUN n",
    });
    expect(status).toBe(400);
    expect(body.error.code).toBe("CYPHER_SYNTAX");
    expect(body.error.details).toMatchObject({ line: 3, column: 3 });
  });

  it("passes parameters as parameters: injection attempts are just strings", async () => {
    const before = await fingerprint();
    const attempts = ["x'}) DETACH DELETE n //", "ent:zcc' OR 1=1 //", '"}) MATCH (m) DETACH DELETE m RETURN m //'];
    for (const id of attempts) {
      const { status, body } = await app.send("POST", "/api/cypher", {
        query: "MATCH (n:Entity {id: $id}) RETURN n.name AS name",
        params: { id },
      });
      expect(status).toBe(200);
      expect(body.rows).toEqual([]);
      const library = await app.send("POST", "/api/queries/collaboration-partners/run", { params: { org: id } });
      expect(library.status).toBe(400);
    }
    const search = await app.send("POST", "/api/queries/platforms-by-chain/run", {
      params: { level: "national' OR true //" },
    });
    expect(search.status).toBe(400);
    const echoed = await app.send("POST", "/api/cypher", {
      query: "RETURN $x AS x",
      params: { x: "'); DROP CONSTRAINT entity_id; //" },
    });
    expect(echoed.body.rows).toEqual([["'); DROP CONSTRAINT entity_id; //"]]);
    expect(await fingerprint()).toEqual(before);
  });

  it("answers read-only procedures and builds a graph from returned relationships alone", async () => {
    const labels = await app.send("POST", "/api/cypher", { query: "CALL db.labels() YIELD label RETURN label" });
    expect(labels.status).toBe(200);
    const rels = await app.send("POST", "/api/cypher", {
      query: "MATCH (:Org {id: 'ent:crrc-times-semi'})-[r:COLLABORATES_WITH]-() RETURN r",
    });
    expect(rels.body.graph.links.length).toBe(rels.body.rows.length);
    expect(rels.body.graph.nodes.map((n: { id: string }) => n.id)).toContain("ent:crrc-times-semi");
    const scalar = await app.send("POST", "/api/cypher", { query: "RETURN 1 AS one" });
    expect(scalar.body.graph).toBeUndefined();
  });
});
