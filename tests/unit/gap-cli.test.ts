import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../server/db/local/paths";
import { GAP_FIXTURES } from "../setup/gap-fixtures";

/** The README's command, as a real process: `npm run --silent gaps -- --instance FILE`. */
function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      "npm",
      ["run", "--silent", "gaps", "--", ...args],
      { cwd: REPO_ROOT, timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

function tempInstance(content: unknown): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "gaps-cli-")), "instance.json");
  fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

describe("npm run gaps (CLI)", { timeout: 60_000 }, () => {
  it("prints only {segments:[{id, status, reasons}]} for a fixture", async () => {
    const { code, stdout, stderr } = await runCli(["--instance", path.join(GAP_FIXTURES, "precedence.json")]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      segments: [
        { id: "p-missing-over-weak", status: "missing", reasons: ["no-local-enterprise", "research-only"] },
        { id: "p-weak-over-broken", status: "weak", reasons: ["single-source"] },
        { id: "p-hub", status: "broken", reasons: ["no-neighbour-link"] },
        { id: "p-broken-over-strong", status: "broken", reasons: ["no-neighbour-link"] },
      ],
    });
  });

  it("exits 1 naming the bad field of an invalid instance, with nothing on stdout", async () => {
    const file = tempInstance({
      segments: [{ id: "s", techs: [] }],
      orgs: [{ id: "o", kind: "Company", local: true, segments: ["s"], capabilities: [] }],
    });
    const { code, stdout, stderr } = await runCli(["--instance", file]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("orgs[0].kind");
  });

  it("exits 2 on a bad command line and 1 on a file that is not JSON", async () => {
    const usage = await runCli([]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("--instance");
    const notJson = await runCli(["--instance", tempInstance("{ segments: ")]);
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toContain("cannot read");
  });
});
