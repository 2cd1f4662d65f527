import { afterAll, describe, expect, it } from "vitest";
import { Database } from "../../server/db/database";
import { LocalNeo4j } from "../../server/db/local/instance";
import { applySchema } from "../../server/db/schema";
import { startTestApp, type RunningApp } from "../setup/test-db";

// Its own instance: stopping the run's shared test database would break the other files.
const local = new LocalNeo4j("test-outage", { heap: "256m", pageCache: "64m" });
let app: RunningApp | null = null;

afterAll(async () => {
  await app?.close();
  await local.stop();
});

async function waitForHealth(expected: number, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await app!.get("/api/health");
    if (response.status === expected || Date.now() > deadline) return response;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe("the database goes away and comes back", () => {
  it("answers 503 while Neo4j is down and recovers by itself when it returns", async () => {
    await local.stopAny();
    local.resetData();
    const connection = await local.start();
    const db = new Database({ ...connection, mode: "managed", queryTimeoutMs: 30_000, validateRows: true }); // a cold restart on a busy machine is slow
    await applySchema(db);
    await db.writeTx((tx) =>
      tx.raw(
        "CREATE (:Entity:Org:Enterprise {id: 'ent:outage-probe', kind: 'Enterprise', name: '探针企业', source: 'illustrative', asOf: '2026-01-01'})",
      ),
    );
    app = await startTestApp(db);
    expect((await app.get("/api/health")).status).toBe(200);

    await local.stop();
    const down = await app.get("/api/health");
    expect(down.status).toBe(503);
    expect(down.body.status).toBe("degraded");
    expect(down.body.database.status).toBe("down");
    const graph = await app.get("/api/graph");
    expect(graph.status).toBe(503);
    expect(graph.body.error.code).toBe("DB_UNAVAILABLE");

    // Same instance, same data directory and (free) port: the app's driver must reconnect on its own.
    const again = await local.start();
    expect(again.port).toBe(connection.port);
    const up = await waitForHealth(200, 60_000);
    expect(up.status).toBe(200);
    const after = await app.get("/api/graph");
    expect(after.status).toBe(200);
    expect(after.body.nodes.map((n: { id: string }) => n.id)).toContain("ent:outage-probe");
  }, 240_000); // starts, stops and restarts a JVM: ~30 s alone, far more on a busy machine
});
