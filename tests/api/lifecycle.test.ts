import { spawn, execFile, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { LocalNeo4j } from "../../server/db/local/instance";
import { freePort, waitForExit } from "../../server/db/local/process-utils";
import { REPO_ROOT } from "../../server/db/local/paths";

const run = promisify(execFile);
const INSTANCE = "test-lifecycle";
const local = new LocalNeo4j(INSTANCE);
let app: ChildProcess | null = null;

afterAll(async () => {
  try {
    if (app?.pid) process.kill(-app.pid, "SIGKILL");
  } catch {
    /* already gone: the test stopped it */
  }
  await local.stopAny();
});

async function waitHealthy(port: number, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.status === 200) return true;
    } catch {
      /* not yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

describe("npm start lifecycle (real processes)", () => {
  it("starts its own Neo4j, lets the seed CLI attach to it, and leaves no JVM behind on Ctrl-C", async () => {
    await local.stopAny();
    local.resetData();
    const port = await freePort();
    const env = { ...process.env, PORT: String(port), CHAINATLAS_INSTANCE: INSTANCE, LOG_LEVEL: "warn" };
    app = spawn("npm", ["start"], { cwd: REPO_ROOT, env, stdio: "ignore", detached: true });
    expect(await waitHealthy(port, 120_000)).toBe(true);
    const state = JSON.parse(fs.readFileSync(local.paths.stateFile, "utf8")) as { pid: number };

    // A second process (the seed CLI) must use the running server, not open the same store.
    const seeded = await run("npm", ["run", "seed"], { cwd: REPO_ROOT, env, timeout: 120_000 });
    expect(seeded.stderr).toContain("Using the running Neo4j");
    expect(seeded.stdout).toMatch(/seeded: \d+ nodes/);
    expect(local.runningState()?.pid).toBe(state.pid);

    // Ctrl-C in a terminal signals the whole process group.
    process.kill(-app.pid!, "SIGINT");
    expect(await waitForExit(state.pid, 45_000)).toBe(true);
    expect(await waitForExit(app.pid!, 45_000)).toBe(true);
    expect(fs.existsSync(local.paths.stateFile)).toBe(false);
  }, 240_000);

  it("stops the JVM when npm itself is killed during start-up (kill <npm pid>, not Ctrl-C)", async () => {
    await local.stopAny();
    const port = await freePort();
    const env = { ...process.env, PORT: String(port), CHAINATLAS_INSTANCE: INSTANCE, LOG_LEVEL: "warn" };
    app = spawn("npm", ["start"], { cwd: REPO_ROOT, env, stdio: "ignore", detached: true });
    const deadline = Date.now() + 60_000;
    while (!fs.existsSync(local.paths.stateFile) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    const { pid } = JSON.parse(fs.readFileSync(local.paths.stateFile, "utf8")) as { pid: number };
    // Only npm gets the signal; it does not forward it, so the app must notice it was orphaned.
    process.kill(app.pid!, "SIGTERM");
    expect(await waitForExit(pid, 45_000)).toBe(true);
  }, 120_000);
});
