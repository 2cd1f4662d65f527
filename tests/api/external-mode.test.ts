import { inject } from "vitest";
import { afterEach, describe, expect, it } from "vitest";
import { parseEnv } from "../../server/config/env";
import { openDatabase } from "../../server/db/connect";
import { startTestApp, type RunningApp } from "../setup/test-db";

let app: RunningApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

// External mode is what clusters and Aura use: the run's Neo4j stands in for "a Neo4j somebody else runs".
describe.each(["bolt", "neo4j"])("NEO4J_URI with %s://", (scheme) => {
  it("serves the graph from the external database without starting a managed one", async () => {
    const { port, password } = inject("neo4j");
    const env = parseEnv({ NEO4J_URI: `${scheme}://127.0.0.1:${port}`, NEO4J_USER: "neo4j", NEO4J_PASSWORD: password });
    const { db, local } = await openDatabase(env);
    expect(local).toBeNull();
    app = await startTestApp(db);
    const health = await app.get("/api/health");
    expect(health.status).toBe(200);
    expect(health.body.database.mode).toBe("external");
    const graph = await app.get("/api/graph?limit=20");
    expect(graph.status).toBe(200);
    expect(graph.body.nodes).toHaveLength(20);
  });
});

it("reports wrong credentials as database down (503), not as a crash", async () => {
  const { port } = inject("neo4j");
  // A user that does not exist: failed logins lock the *user* for a few seconds, and "neo4j" is shared.
  const env = parseEnv({ NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_USER: "not-a-user", NEO4J_PASSWORD: "wrong-password" });
  const { db } = await openDatabase(env);
  app = await startTestApp({ db, as: "anonymous" }); // signing in would itself need the database
  const health = await app.get("/api/health");
  expect(health.status).toBe(503);
  expect(health.body.database.error).toMatch(/auth|credential|unauthorized/i);
  const graph = await app.get("/api/graph");
  expect(graph.status).toBe(503);
  expect(graph.body.error.code).toBe("DB_UNAVAILABLE");
});
