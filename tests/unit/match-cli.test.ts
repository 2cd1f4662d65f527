import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../server/db/local/paths";
import { fixtures } from "./match/fixtures";

const run = promisify(execFile);

/** The CLI as a user runs it: a real `npm run --silent match` process. */
async function match(args: string[]) {
  try {
    const { stdout, stderr } = await run("npm", ["run", "--silent", "match", "--", ...args], {
      cwd: REPO_ROOT,
      timeout: 60_000,
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

function tempFile(content: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "match-")), "instance.json");
  fs.writeFileSync(file, content);
  return file;
}

describe("npm run match (real process)", () => {
  it("prints exactly {consortia, exact} for a hand-made instance", async () => {
    const fixture = fixtures().find((f) => f.name === "size-breaks-coverage-tie")!;
    const { stdout, code } = await match(["--instance", fixture.file, "--top", String(fixture.expected.top)]);
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    expect(JSON.parse(stdout)).toEqual(fixture.expected.output);
  }, 60_000);

  it("reports exact:false beyond 25 holders", async () => {
    const candidates = Array.from({ length: 30 }, (_, i) => ({
      id: `e${i}`,
      kind: "Enterprise",
      local: true,
      capabilities: [`t${i % 4}`],
    }));
    const file = tempFile(
      JSON.stringify({
        required: [0, 1, 2, 3].map((i) => ({ tech: `t${i}`, weight: i + 1 })),
        candidates,
        ties: [["e0", "e1"]],
        maxSize: 4,
        rules: { leadKinds: ["Enterprise"] },
      }),
    );
    const { stdout, code } = await match(["--instance", file]);
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(Object.keys(output).sort()).toEqual(["consortia", "exact"]);
    expect(output.exact).toBe(false);
    expect(output.consortia[0]).toMatchObject({ coveredWeight: 10, size: 4, uncovered: [] });
    expect(Object.keys(output.consortia[0]).sort()).toEqual([
      "cost",
      "covered",
      "coveredWeight",
      "lead",
      "members",
      "size",
      "uncovered",
    ]);
  }, 60_000);

  it("names the bad field on stderr and exits non-zero", async () => {
    const file = tempFile(
      JSON.stringify({
        required: [{ tech: "a", weight: 1 }],
        candidates: [],
        ties: [],
        maxSize: 13,
        rules: { leadKinds: [] },
      }),
    );
    const bad = await match(["--instance", file]);
    expect(bad.code).not.toBe(0);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toContain("maxSize");
    const notJson = await match(["--instance", tempFile("{nope")]);
    expect(notJson.code).not.toBe(0);
    expect(notJson.stderr).toContain("not valid JSON");
    const top = await match(["--instance", file, "--top", "0"]);
    expect(top.code).not.toBe(0);
    expect(top.stderr).toContain("--top");
  }, 60_000);
});
