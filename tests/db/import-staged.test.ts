// The staged import (decision 039): batches no read sees, one commit with the audit entry, and recovery of a
// killed import at start. Against the run's real Neo4j; the CLI runs as a child process attached to it.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { coreServices } from "../../server/app";
import { prepareDatabase } from "../../server/boot/prepare-db";
import { DEFAULT_SECURITY } from "../../server/config/security";
import type { ProgressResponse } from "../../server/contracts/import";
import { stagedWriter } from "../../server/features/import/staging";
import { stagingRepo } from "../../server/features/import/staging.repo";
import { cleanupImports, entityCounts } from "../setup/import-helpers";
import { orgFile, orgUpdateRow } from "../setup/org-file";
import { startTestApp, type RunningApp } from "../setup/test-db";
import { expectSearchTextsCurrent } from "../setup/search-texts";

const REPO_ROOT = path.resolve(import.meta.dirname, "../..");
const actor = { username: "staged-test", role: "admin" as const, via: "cli" as const };
const options = { entity: "organisations" as const, encoding: "auto" as const };
const bytes = (text: string) => new TextEncoder().encode(text);
let app: RunningApp;
let dir: string;

/** Counts plus a hash of every domain node's id, name, founding year, note and provenance file. */
async function snapshot() {
  const counts = await entityCounts(app.db);
  const rows = await app.db.readTx(async (tx) =>
    (
      await tx.raw(
        "MATCH (n:Entity) RETURN n.id AS id, n.name AS name, n.founded AS founded, n.note AS note, n.file AS file ORDER BY id",
      )
    ).records.map((r) => r.toObject()),
  );
  return { ...counts, hash: createHash("sha256").update(JSON.stringify(rows)).digest("hex") };
}

async function leftovers() {
  const markers = await app.db.readTx(async (tx) => (await tx.raw("MATCH (i:_Import) RETURN count(i) AS n")).records);
  return { staged: await stagingRepo(app.db).stagedCount(), markers: markers[0]!.get("n") as number };
}

/** Two stored enterprises the files below update (so updates of existing nodes are covered too). */
async function storedEnterprises() {
  const result = await app.db.readTx((tx) =>
    tx.raw("MATCH (n:Enterprise) RETURN n.id AS id, n.name AS name, n.founded AS founded ORDER BY n.id LIMIT 2"),
  );
  return result.records.map((r) => ({ id: r.get("id") as string, name: r.get("name") as string }));
}

beforeAll(async () => {
  app = await startTestApp();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "staged-import-"));
});
afterAll(async () => {
  await cleanupImports(app.db, "stg-");
  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("staged import", () => {
  it("writes a file in bounded batches, all visible after the commit, with one audit entry and nothing left staged", async () => {
    const updates = await storedEnterprises();
    // The seed's nodes are shared by later test files: put them back as they were afterwards.
    const original = await app.db.readTx(async (tx) =>
      (
        await tx.raw("MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, properties(n) AS p", {
          ids: updates.map((n) => n.id),
        })
      ).records.map((r) => ({ id: r.get("id") as string, p: r.get("p") as Record<string, unknown> })),
    );
    onTestFinished(async () => {
      await app.db.writeTx((tx) =>
        tx.raw("UNWIND $rows AS row MATCH (n:Entity {id: row.id}) SET n = row.p", { rows: original }),
      );
    });
    const csv = orgFile(
      "stga",
      2000,
      updates.map((n, i) => orgUpdateRow(n, 1901 + i)),
    );
    const batchRows = 200;
    const { imports } = coreServices(app.db, { ...DEFAULT_SECURITY, importBatchRows: batchRows });
    const writing: number[] = [];
    const result = await imports.applyBytes(bytes(csv), "stg-a.csv", options, actor, (p: ProgressResponse) => {
      if (p.phase === "writing") writing.push(p.done);
    });
    expect(result.summary).toMatchObject({ rows: 2002, new: 2000, updated: 2, errors: 0 });
    // Every step wrote at most one batch: 2,002 rows staged in 11 batches, then flipped in 11.
    const steps = writing.slice(1).map((done, i) => done - writing[i]!);
    expect(Math.max(...steps)).toBeLessThanOrEqual(batchRows);
    expect(writing.at(-1)).toBe(2 * 2002);
    expect(steps.filter((s) => s > 0).length).toBe(2 * Math.ceil(2002 / batchRows));

    const counted = await app.db.readTx(async (tx) =>
      (
        await tx.raw(
          "MATCH (n:Entity:Org:Enterprise) WHERE n.id STARTS WITH 'ent:stga-' AND n.file = 'stg-a.csv' AND n.creditCode IS NOT NULL RETURN count(n) AS n",
        )
      ).records[0]!.get("n"),
    );
    expect(counted).toBe(2000);
    for (const [i, n] of updates.entries()) {
      const stored = await app.db.readTx((tx) =>
        tx.raw("MATCH (n:Entity {id: $id}) RETURN properties(n) AS p", { id: n.id }),
      );
      const props = stored.records[0]!.get("p") as Record<string, unknown>;
      expect(props).toMatchObject({ founded: 1901 + i, note: "更新测试", file: "stg-a.csv", source: "import" });
      // No staging bookkeeping left on the node; `_search` is the derived search text every entity has (043).
      expect(Object.keys(props).filter((k) => k.startsWith("_"))).toEqual(["_search"]);
    }
    const audit = await app.get(`/api/audit?importId=${result.importId}`);
    expect(audit.body.entries).toHaveLength(1);
    expect(audit.body.entries[0]).toMatchObject({ action: "import.apply", importId: result.importId });
    expect(await leftovers()).toEqual({ staged: 0, markers: 0 });
  });

  it("a batch that fails mid-way (an injected constraint) leaves the database as it was", async () => {
    const before = await snapshot();
    const updates = await storedEnterprises();
    // Rows 10 and 900 get the same name; a uniqueness constraint on the staged rows makes the 4th batch fail.
    const csv = orgFile(
      "stgc",
      1000,
      updates.map((n) => orgUpdateRow(n, 1800)),
    ).replace("株洲stgc测试企业900有限公司", "株洲stgc测试企业10有限公司");
    await app.db.writeTx((tx) =>
      tx.raw("CREATE CONSTRAINT test_staged_name IF NOT EXISTS FOR (s:_ImportNode) REQUIRE s.name IS UNIQUE"),
    );
    try {
      const { imports } = coreServices(app.db, { ...DEFAULT_SECURITY, importBatchRows: 250 });
      const staged: number[] = [];
      const error = await imports
        .applyBytes(bytes(csv), "stg-c.csv", options, actor, (p) => p.phase === "writing" && staged.push(p.done))
        .catch((e: Error) => e);
      expect(String((error as Error).message)).toMatch(/already exists|constraint/i);
      expect(Math.max(...staged)).toBe(750); // three batches were committed before the fourth failed
    } finally {
      await app.db.writeTx((tx) => tx.raw("DROP CONSTRAINT test_staged_name IF EXISTS"));
    }
    expect(await snapshot()).toEqual(before);
    expect(await leftovers()).toEqual({ staged: 0, markers: 0 });
  });

  it("a CLI import killed mid-way is invisible to reads and removed at the next start; the database is as before", async () => {
    const before = await snapshot();
    const updates = await storedEnterprises();
    const file = path.join(dir, "stg-b.csv");
    fs.writeFileSync(
      file,
      orgFile(
        "stgb",
        8000,
        updates.map((n) => orgUpdateRow(n, 1850)),
      ),
    );
    const child = spawn(process.execPath, ["server/cli/run.mjs", "import", file, "--entity", "organisations"], {
      cwd: REPO_ROOT,
      env: { ...process.env, CHAINATLAS_INSTANCE: "test", IMPORT_BATCH_ROWS: "100" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const repo = stagingRepo(app.db);
    // Wait until several batches are committed as staged rows, then kill -9.
    let staged = 0;
    for (let i = 0; i < 1200 && staged < 500 && child.exitCode === null; i++) {
      await new Promise((r) => setTimeout(r, 100));
      staged = await repo.stagedCount();
    }
    child.kill("SIGKILL");
    await exited;
    expect(staged, output).toBeGreaterThanOrEqual(500);
    const [marker] = await repo.pending();
    expect(marker).toMatchObject({ state: "staging", file: "stg-b.csv" });
    expect(await repo.stagedCount()).toBeGreaterThanOrEqual(500);

    // While staged: no read sees the rows (graph by ids, by text, node detail, search), nothing changed.
    const ids = ["ent:stgb-0", "ent:stgb-1", updates[0]!.id];
    const graph = await app.get(`/api/graph?ids=${ids.join(",")}`);
    expect(graph.status).toBe(200);
    expect(graph.body.nodes.map((n: { id: string }) => n.id)).toEqual([updates[0]!.id]);
    expect((await app.get("/api/graph?q=stgb&limit=5000")).body.nodes).toEqual([]);
    expect((await app.get("/api/nodes/ent:stgb-0")).status).toBe(404);
    const search = await app.get(`/api/search?q=${encodeURIComponent("株洲stgb测试企业1有限公司")}`);
    expect(search.status).toBe(200);
    expect(search.body.hits.filter((h: { id: string }) => h.id.startsWith("ent:stgb-"))).toEqual([]);
    expect(await snapshot()).toEqual(before);

    // The next start (the server's start-up path) removes the staged rows and the marker.
    const lines: string[] = [];
    await prepareDatabase(app.db, { SEED_ON_START: "never", IMPORT_BATCH_ROWS: 2000, IMPORT_TIMEOUT_MS: 60_000 }, (l) =>
      lines.push(l),
    );
    expect(lines.join("\n")).toMatch(/interrupted before its commit; its staged rows are removed/);
    expect(await snapshot()).toEqual(before);
    expect(await leftovers()).toEqual({ staged: 0, markers: 0 });
  });
  it("an import that dies after its commit is completed (rolled forward) at the next start", async () => {
    // What a crash between flip batches leaves: marker 'committed', the first batch live, the rest staged.
    const nodes = Array.from({ length: 450 }, (_, i) => ({
      id: `ent:stgd-${i}`,
      labels: ["Org", "Enterprise"],
      props: {
        id: `ent:stgd-${i}`,
        kind: "Enterprise",
        name: `株洲stgd测试企业${i}`,
        source: "import",
        file: "stg-d.csv",
      },
    }));
    const links = [
      {
        id: "COLLABORATES_WITH:ent:stgd-0->ent:stgd-449#",
        type: "COLLABORATES_WITH",
        from: "ent:stgd-0",
        to: "ent:stgd-449",
        props: { source: "import", file: "stg-d.csv" },
      },
    ];
    const writer = stagedWriter(stagingRepo(app.db), { batchRows: 200, timeoutMs: 60_000 });
    await writer.begin("imp_test_rollforward", "stg-d.csv", "staged-test");
    await writer.stage("imp_test_rollforward", nodes, links, () => {});
    const commit = await writer.commit("imp_test_rollforward", async () => "audit-id");
    expect(commit).toMatchObject({ result: "audit-id", flipped: 200, done: false });
    const live = async () =>
      (
        await app.db.readTx((tx) => tx.raw("MATCH (n:Entity) WHERE n.id STARTS WITH 'ent:stgd-' RETURN count(n) AS n"))
      ).records[0]!.get("n") as number;
    expect(await live()).toBe(200);
    expect((await stagingRepo(app.db).pending())[0]).toMatchObject({ state: "committed" });

    const lines: string[] = [];
    await prepareDatabase(app.db, { SEED_ON_START: "never", IMPORT_BATCH_ROWS: 200, IMPORT_TIMEOUT_MS: 60_000 }, (l) =>
      lines.push(l),
    );
    expect(lines.join("\n")).toMatch(/committed but interrupted; its remaining rows are now applied/);
    expect(await live()).toBe(450);
    const link = await app.db.readTx((tx) =>
      tx.raw(
        "MATCH (:Entity {id: 'ent:stgd-0'})-[r:COLLABORATES_WITH]->(:Entity {id: 'ent:stgd-449'}) RETURN properties(r) AS p",
      ),
    );
    expect(link.records[0]!.get("p")).toEqual({ id: links[0]!.id, source: "import", file: "stg-d.csv" });
    expect(await leftovers()).toEqual({ staged: 0, markers: 0 });
  });
});

describe("derived search text (decision 043)", () => {
  it("every entity's search text equals its definition after this file's writes", async () => {
    await expectSearchTextsCurrent(app.db);
  });
});
