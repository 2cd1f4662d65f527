import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { LocalNeo4j } from "../../server/db/local/instance";
import { REPO_ROOT } from "../../server/db/local/paths";
import { freePort, isNeo4jProcess, waitForExit } from "../../server/db/local/process-utils";

// Real processes, as an operator would see them: the app (node) owns a managed Neo4j (java) in its own
// instance folder; we kill -9 one or the other and watch what happens. Every wait polls with a deadline.
const INSTANCE = "test-supervise";
const local = new LocalNeo4j(INSTANCE);
const apps: ChildProcess[] = [];

afterAll(async () => {
  for (const app of apps) {
    try {
      if (app.exitCode === null) app.kill("SIGKILL");
    } catch {
      /* gone */
    }
  }
  await local.stopAny();
});

interface RunningApp {
  child: ChildProcess;
  port: number;
  output: () => string;
}

async function startApp(): Promise<RunningApp> {
  const port = await freePort();
  const env = {
    ...process.env,
    PORT: String(port),
    CHAINATLAS_INSTANCE: INSTANCE,
    LOG_LEVEL: "info",
    QUERY_TIMEOUT_MS: "60000",
    NEO4J_HEAP: "384m",
    NEO4J_PAGECACHE: "64m",
  };
  // node itself (not npm): `kill -9` must hit the process that owns the JVM.
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: REPO_ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  apps.push(child);
  let text = "";
  child.stdout!.on("data", (chunk: Buffer) => (text += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (text += chunk.toString()));
  return { child, port, output: () => text };
}

async function health(port: number): Promise<{ status: number; body: any } | null> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/health`);
    return { status: response.status, body: await response.json() };
  } catch {
    return null; // not listening yet
  }
}

/** Poll until `accept` says yes or the deadline passes; returns the last value seen. */
async function pollUntil<T>(
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs: number,
  everyMs = 250,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await probe();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, everyMs));
    value = await probe();
  }
  return value;
}

const state = () =>
  JSON.parse(fs.readFileSync(local.paths.stateFile, "utf8")) as { pid: number; ownerPid: number; port: number };

describe("the app supervises its managed Neo4j (real processes, kill -9)", () => {
  it("restarts a killed JVM, says so on /api/health, and serves the graph again", async () => {
    await local.stopAny();
    local.resetData();
    const app = await startApp();
    const ready = await pollUntil(
      () => health(app.port),
      (h) => h?.status === 200,
      180_000,
    );
    expect(ready?.status, app.output()).toBe(200);
    const before = state();
    expect(before.ownerPid).toBe(app.child.pid);

    process.kill(before.pid, "SIGKILL");
    const restarting = await pollUntil(
      () => health(app.port),
      (h) => h?.body.status === "restarting",
      30_000,
      100,
    );
    expect(restarting?.status, app.output()).toBe(503);
    expect(restarting?.body.status).toBe("restarting");
    expect(restarting?.body.restart.attempt).toBeGreaterThanOrEqual(1);
    expect(restarting?.body.restart.lastExit.signal).toBe("SIGKILL");
    const during = await fetch(`http://127.0.0.1:${app.port}/api/graph`);
    expect(during.status).toBe(503);
    expect(during.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(((await during.json()) as any).error.code).toBe("DB_UNAVAILABLE");

    const back = await pollUntil(
      () => health(app.port),
      (h) => h?.status === 200,
      180_000,
      500,
    );
    expect(back?.status, app.output()).toBe(200);
    // A restarted store is cold (and this machine may be busy): poll, the point is that it answers again.
    const graph = await pollUntil(
      async () => {
        const response = await fetch(`http://127.0.0.1:${app.port}/api/graph`);
        return { status: response.status, body: (await response.json()) as any };
      },
      (r) => r.status === 200,
      120_000,
      1_000,
    );
    expect(graph.status, JSON.stringify(graph.body)).toBe(200);
    expect(graph.body.nodes.length).toBeGreaterThan(0);
    const after = state();
    expect(after.pid).not.toBe(before.pid);
    expect(after.port).toBe(before.port); // same address: the driver reconnected without being rebuilt
    expect(after.ownerPid).toBe(app.child.pid);
    expect(app.output()).toContain("exited unexpectedly (signal SIGKILL)");
    expect(app.output()).toMatch(/is back on bolt:\/\/127\.0\.0\.1:\d+ after 1 attempt/);
  }, 420_000);

  it("takes over the JVM orphaned by a killed app, and stops it at exit", async () => {
    let first = apps.find((app) => app.exitCode === null);
    if (!first || !local.runningState()) {
      // Run alone (-t): start the app whose death we need.
      const app = await startApp();
      expect(
        (
          await pollUntil(
            () => health(app.port),
            (h) => h?.status === 200,
            180_000,
          )
        )?.status,
      ).toBe(200);
      first = app.child;
    }
    const orphan = state();
    expect(orphan.ownerPid).toBe(first.pid);

    first.kill("SIGKILL");
    expect(await waitForExit(first.pid!, 10_000)).toBe(true);
    expect(isNeo4jProcess(orphan.pid, local.paths.root)).toBe(true); // nobody stopped it: an orphan

    const next = await startApp();
    const ready = await pollUntil(
      () => health(next.port),
      (h) => h?.status === 200,
      180_000,
    );
    expect(ready?.status, next.output()).toBe(200);
    const taken = state();
    expect(taken.pid).toBe(orphan.pid); // the same JVM, not a fresh one
    expect(taken.ownerPid).toBe(next.child.pid);
    expect(next.output()).toContain(`Taking over Neo4j (${INSTANCE})`);

    next.child.kill("SIGTERM");
    expect(await waitForExit(orphan.pid, 60_000)).toBe(true); // stopped at exit, like one it started
    expect(await waitForExit(next.child.pid!, 30_000)).toBe(true);
    expect(fs.existsSync(local.paths.stateFile)).toBe(false);
  }, 420_000);
});
