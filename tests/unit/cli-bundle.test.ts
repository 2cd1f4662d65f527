import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../server/db/local/paths";

// The CLIs start from an esbuild bundle in .cache/cli (server/cli/run.mjs). It must never run stale code:
// a source newer than the bundle forces a rebuild.
const run = (...args: string[]) =>
  execFileSync("node", ["server/cli/run.mjs", ...args], { cwd: REPO_ROOT, encoding: "utf8", timeout: 60_000 });
const FIXTURE = "tests/fixtures/gaps/broken.json";

describe("CLI bundle", () => {
  it("runs a tool from its bundle and rebuilds when a source file is newer", () => {
    const first = JSON.parse(run("gaps", "--instance", FIXTURE)) as { segments: unknown[] };
    expect(first.segments.length).toBeGreaterThan(0);
    const bundle = path.join(REPO_ROOT, ".cache", "cli", "gaps.mjs");
    const inputs = JSON.parse(
      fs.readFileSync(path.join(REPO_ROOT, ".cache", "cli", "gaps.inputs.json"), "utf8"),
    ) as string[];
    expect(inputs).toContain("server/domain/gaps/rules.ts");

    const source = path.join(REPO_ROOT, "server/domain/gaps/rules.ts");
    const { atime, mtime } = fs.statSync(source);
    const builtAt = fs.statSync(bundle).mtimeMs;
    expect(JSON.parse(run("gaps", "--instance", FIXTURE))).toEqual(first);
    expect(fs.statSync(bundle).mtimeMs).toBe(builtAt); // fresh: not rebuilt
    const future = new Date(builtAt + 60_000);
    fs.utimesSync(source, future, future);
    try {
      expect(JSON.parse(run("gaps", "--instance", FIXTURE))).toEqual(first);
      expect(fs.statSync(bundle).mtimeMs).toBeGreaterThan(builtAt); // a newer source: rebuilt
    } finally {
      fs.utimesSync(source, atime, mtime);
    }
  });

  it("refuses an unknown tool with exit code 2", () => {
    expect(() => run("no-such-tool")).toThrow(/usage: node server\/cli\/run.mjs/);
  });
});
