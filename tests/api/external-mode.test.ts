import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { inject } from "vitest";
import { afterEach, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../server/db/local/paths";
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

describe("NEO4J_URI with neo4j+s:// (TLS, as Aura)", () => {
  // The run's Neo4j offers TLS with a certificate from a throwaway CA; a process trusts that CA the way it
  // trusts Aura's public one (NODE_EXTRA_CA_CERTS is read at process start, hence a child process).
  const probe = async (extraEnv: Record<string, string>) => {
    const { port, password } = inject("neo4j");
    const { NODE_EXTRA_CA_CERTS: _ignored, ...inherited } = process.env;
    const env = {
      ...inherited,
      NEO4J_URI: `neo4j+s://127.0.0.1:${port}`,
      NEO4J_USER: "neo4j",
      NEO4J_PASSWORD: password,
      ...extraEnv,
    };
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", path.join(REPO_ROOT, "tests/fixtures/tls/probe.ts")],
      { cwd: REPO_ROOT, env, timeout: 60_000 },
    );
    return JSON.parse(stdout) as {
      health: { status: number; body: { database: { status: string; mode: string; error?: string } } };
      graph: { status: number; nodes: number };
    };
  };

  it("serves the graph over an encrypted, verified connection", async () => {
    const answer = await probe({ NODE_EXTRA_CA_CERTS: inject("neo4j").caFile });
    expect(answer.health.status).toBe(200);
    expect(answer.health.body.database).toMatchObject({ status: "up", mode: "external" });
    expect(answer.graph).toEqual({ status: 200, nodes: 5 });
  });

  it("refuses a server whose certificate it cannot verify (503 naming the cause), so TLS is really in use", async () => {
    const answer = await probe({});
    expect(answer.health.status).toBe(503);
    expect(answer.health.body.database.error).toMatch(/certificate|self.signed|verify|SSL|TLS/i);
    expect(answer.graph.status).toBe(503);
  });
});

it("reports wrong credentials as database down (503), not as a crash", async () => {
  const { port } = inject("neo4j");
  // A user that does not exist: failed logins lock the *user* for a few seconds, and "neo4j" is shared.
  const env = parseEnv({
    NEO4J_URI: `bolt://127.0.0.1:${port}`,
    NEO4J_USER: "not-a-user",
    NEO4J_PASSWORD: "wrong-password",
  });
  const { db } = await openDatabase(env);
  app = await startTestApp({ db, as: "anonymous" }); // signing in would itself need the database
  const health = await app.get("/api/health");
  expect(health.status).toBe(503);
  expect(health.body.database.error).toMatch(/auth|credential|unauthorized/i);
  const graph = await app.get("/api/graph");
  expect(graph.status).toBe(503);
  expect(graph.body.error.code).toBe("DB_UNAVAILABLE");
});
