import { inject } from "vitest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Database } from "../../server/db/database";
import { QueryTimeoutError } from "../../server/db/errors";
import { startTestApp, testDb, type RunningApp } from "../setup/test-db";

// Issue 11 "no statement can stall the server" and issue 12's 422: the analysts' limiter, the client-side
// deadline, pool exhaustion as 503 DB_BUSY, and the transaction memory limit as 422 QUERY_TOO_LARGE.

const SLOW = "UNWIND range(1, 1000000) AS a UNWIND range(1, 1000000) AS b RETURN count(*) AS n";

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp({ security: { cypher: { perUser: 2, total: 6, maxLength: 20_000, maxDepth: 64 } } });
});
afterAll(async () => {
  await app.close();
});

describe("limits on analysts' queries", () => {
  it("lets one caller run 2 at a time: a third at once is 429 QUERY_BUSY with Retry-After", async () => {
    const analyst = await app.as("analyst");
    const runs = await Promise.all(
      [0, 1, 2].map(() =>
        analyst.fetch("/api/cypher", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: SLOW, timeoutMs: 3_000 }),
        }),
      ),
    );
    const statuses = runs.map((r) => r.status).sort();
    expect(statuses).toEqual([408, 408, 429]);
    const busy = runs.find((r) => r.status === 429)!;
    expect(busy.headers.get("retry-after")).toBe("2");
    expect(((await busy.json()) as { error: { code: string } }).error.code).toBe("QUERY_BUSY");
    // The slots are free again afterwards.
    expect((await analyst.send("POST", "/api/cypher", { query: "RETURN 1 AS one" })).status).toBe(200);
  });

  it("answers a query over the transaction memory limit with 422 QUERY_TOO_LARGE naming the limit", async () => {
    const analyst = await app.as("analyst");
    const { status, body } = await analyst.send("POST", "/api/cypher", {
      query: "UNWIND range(1, 50000000) AS x RETURN size(collect(x)) AS n",
    });
    expect(status).toBe(422);
    expect(body.error.code).toBe("QUERY_TOO_LARGE");
    expect(body.error.details.setting).toMatch(/memory\.transaction/);
    expect(body.error.message).toContain(body.error.details.setting);
  });
});

describe("the database layer under pressure", () => {
  it("ends a call at the client-side deadline (408) and the Database keeps working afterwards", async () => {
    const db = testDb({ queryTimeoutMs: 60_000 });
    try {
      await expect(db.readTx((tx) => tx.raw(SLOW), { timeoutMs: 60_000, deadlineMs: 500 })).rejects.toBeInstanceOf(
        QueryTimeoutError,
      );
      const [row] = (await db.readTx((tx) => tx.raw("RETURN 1 AS one"))).records;
      expect(row!.get("one")).toBe(1);
    } finally {
      await db.close();
    }
  });

  it("reports an exhausted pool as 503 DB_BUSY with Retry-After, not 500", async () => {
    const { uri, user, password } = inject("neo4j");
    const db = new Database({
      uri,
      user,
      password,
      mode: "managed",
      queryTimeoutMs: 30_000,
      poolSize: 1,
      acquireTimeoutMs: 300,
      validateRows: true,
    });
    const busyApp = await startTestApp(db);
    const holding = db.readTx((tx) => tx.raw(SLOW), { timeoutMs: 4_000 }).catch(() => null);
    try {
      await new Promise((resolve) => setTimeout(resolve, 300)); // let the slow statement take the one connection
      const graph = await busyApp.fetch("/api/graph?limit=5");
      expect(graph.status).toBe(503);
      expect(graph.headers.get("retry-after")).toBeTruthy();
      expect(((await graph.json()) as { error: { code: string } }).error.code).toBe("DB_BUSY");
    } finally {
      await holding;
      await busyApp.close();
    }
  });
});
