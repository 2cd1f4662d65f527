import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../server/db/local/paths";

const run = promisify(execFile);
const TSX = path.join(REPO_ROOT, "node_modules", "tsx", "dist", "cli.mjs");

/** Run `npm start`'s entry with a given environment; resolves with exit code and output (never throws). */
async function start(env: NodeJS.ProcessEnv) {
  try {
    const { stdout, stderr } = await run(process.execPath, [TSX, "server/main.ts"], {
      cwd: REPO_ROOT,
      env,
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("start-up failures say what to do", () => {
  it("a bad NEO4J_URI is one line naming the variable", async () => {
    const result = await start({ ...process.env, NEO4J_URI: "http://localhost:7474", NEO4J_PASSWORD: "x" });
    expect(result.code).not.toBe(0);
    const lines = result.stderr
      .trim()
      .split("\n")
      .filter((line) => line.includes("NEO4J_URI"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/NEO4J_URI: must be a bolt:\/\/, neo4j:\/\/ or neo4j\+s:\/\/ URI/);
  });

  it("without Java on PATH it says what to install, or to set NEO4J_URI", async () => {
    const emptyPath = fs.mkdtempSync(path.join(os.tmpdir(), "no-java-"));
    const result = await start({ ...process.env, PATH: emptyPath, CHAINATLAS_INSTANCE: "test-no-java" });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("Java was not found");
    expect(result.stderr).toContain("apt-get install openjdk-17-jre-headless maven");
    expect(result.stderr).toContain("NEO4J_URI");
    expect(result.stderr).toContain("docker-compose.yml");
  });

  it("an unreachable external database is named, and the process exits", async () => {
    const result = await start({
      ...process.env,
      NEO4J_URI: "bolt://127.0.0.1:1",
      NEO4J_PASSWORD: "x",
      NEO4J_WAIT_MS: "2000",
    });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("NEO4J_URI=bolt://127.0.0.1:1 is unreachable");
  }, 90_000);
});
