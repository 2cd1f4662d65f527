import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Database } from "../../server/db/database";
import { LocalNeo4j } from "../../server/db/local/instance";
import { REPO_ROOT } from "../../server/db/local/paths";
import { BackupFileError, readBackup } from "../../server/features/backup/backup-files";
import { backupRepo } from "../../server/features/backup/backup.repo";
import { backupService, type WrittenBackup } from "../../server/features/backup/backup.service";
import { restoreBackup, RestoreRefusedError } from "../../server/features/backup/restore";
import { sameContent } from "../../server/features/backup/snapshot";
import { cleanupImports, upload } from "../setup/import-helpers";
import { startTestApp, type RunningApp } from "../setup/test-db";
import { problemBody } from "../setup/problem-fixture";
import { expectSearchTextsCurrent } from "../setup/search-texts";

const run = promisify(execFile);
// The source is the run's shared test database (seeded) plus what this file adds; the target is a fresh
// instance of its own, so a restore never touches the database other files use.
const target = new LocalNeo4j("test-restore", { heap: "256m", pageCache: "64m" });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chainatlas-backup-"));
let app: RunningApp;
let targetDb: Database;
let written: WrittenBackup;
const cleanup: string[] = [];

// Every property type the format keeps apart (JSON alone would turn 2.0 into 2 and a date into a string).
const PROBE = `CREATE (:BackupProbe {id: 'bk-probe', i: 42, big: 9007199254740993, f: 2.0, g: -0.5, s: '株洲 "quoted"\\n', b: true,
  ints: [1, 2, 3], floats: [1.0, 2.5], strs: ['a', 'b'], d: date('2026-12-06'), dt: datetime('2026-12-06T10:15:30.123+08:00'),
  dtz: datetime({year: 2026, month: 12, day: 6, hour: 10, timezone: 'Asia/Shanghai'}), ldt: localdatetime('2026-12-06T10:15:30'),
  t: time('10:15:30+08:00'), lt: localtime('10:15:30.5'), dur: duration('P1Y2M3DT4H5M6.7S'), p: point({x: 1.5, y: 2.5}), p3: point({longitude: 113.1, latitude: 27.8, height: 50})})`;
const TYPES = `MATCH (n:BackupProbe {id: 'bk-probe'})
  RETURN [k IN keys(n) | k + ':' + valueType(n[k]) + '=' + CASE
    WHEN valueType(n[k]) STARTS WITH 'LIST' THEN reduce(s = '', x IN n[k] | s + toString(x) + ',')
    WHEN valueType(n[k]) STARTS WITH 'POINT' THEN n[k].crs + toString(n[k].x) + ',' + toString(n[k].y) + CASE WHEN n[k].crs ENDS WITH '3d' THEN ',' + toString(n[k].z) ELSE '' END
    ELSE toString(n[k]) END] AS typed, n.big = 9007199254740993 AS exact`;

async function probeTypes(db: Database) {
  const record = (await db.readTx((tx) => tx.raw(TYPES))).records[0]!;
  return { typed: (record.get("typed") as string[]).sort(), exact: record.get("exact") as boolean };
}

const nodeCount = async (db: Database) => (await backupRepo(db).counts()).nodes;

beforeAll(async () => {
  app = await startTestApp();
  // import + problem + consortium + user + a node with every value type, on top of the seed
  const csv =
    "编号,类型,名称,英文名称,别名,区县,是否本地,成立年份\nent:bk-org,企业,株洲备份测试有限公司,Backup Test Co.,备份测试,天元区,是,2021\n";
  const up = await upload(app, "bk-orgs.csv", csv);
  expect(
    (await app.send("POST", `/api/import/uploads/${up.body.uploadId}/apply`, { entity: "organisations" })).status,
  ).toBe(200);
  const problem = await app.send(
    "POST",
    "/api/problems",
    problemBody("备份测试榜单", "用于验证备份与恢复的测试榜单。"),
  );
  expect(problem.status).toBe(201);
  cleanup.push(`/api/problems/${problem.body.id}`);
  const consortium = await app.send("POST", "/api/consortia", {
    problem: problem.body.id,
    status: "proposed",
    members: [{ org: "ent:bk-org", role: "lead" }],
    note: "备份测试",
  });
  expect(consortium.status, JSON.stringify(consortium.body)).toBe(201);
  cleanup.unshift(`/api/consortia/${encodeURIComponent(consortium.body.id)}`);
  expect(
    (await app.send("POST", "/api/users", { username: "bk-user", role: "analyst", password: "backup-test-password" }))
      .status,
  ).toBe(201);
  await app.db.writeTx((tx) => tx.raw(PROBE));

  await target.stopAny();
  target.resetData();
  const connection = await target.start();
  targetDb = new Database({ ...connection, mode: "managed", queryTimeoutMs: 60_000 });
});

afterAll(async () => {
  for (const url of cleanup) await app.send("DELETE", url);
  await cleanupImports(app.db, "bk-");
  await app.db.writeTx((tx) =>
    tx.raw("MATCH (n) WHERE n:BackupProbe OR (n:User AND n.username = 'bk-user') DETACH DELETE n"),
  );
  await app.close();
  await targetDb?.close();
  await target.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("backup → restore round trip", () => {
  it("writes one consistent snapshot with a manifest (counts per label and type, hash, versions)", async () => {
    written = await backupService(backupRepo(app.db), { dir, source: "test", intervalHours: 0, keep: 7 }).create("cli");
    const { manifest } = readBackup(written.file);
    for (const label of ["Entity", "Problem", "Consortium", "User", "ApiToken", "AuditEntry", "BackupProbe"])
      expect(manifest.labels[label], label).toBeGreaterThan(0);
    expect(manifest.nodes).toBe(await nodeCount(app.db));
    expect(sameContent(await backupRepo(app.db).snapshot(), manifest)).toEqual([]);
    expect(manifest.app.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(manifest.notes.join(" ")).toContain("same APP_SECRET");
    expect(fs.existsSync(`${written.file}.manifest.json`)).toBe(true);
  });

  it("refuses a truncated file and a tampered one, with the reason, writing nothing", async () => {
    const bytes = fs.readFileSync(written.file);
    const truncated = path.join(dir, "truncated.jsonl.gz");
    fs.writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const lines = gunzipSync(bytes).toString("utf8").split("\n");
    const cut = path.join(dir, "cut.jsonl.gz"); // a valid gzip of the first half of the lines
    fs.writeFileSync(cut, gzipSync(lines.slice(0, Math.floor(lines.length / 2)).join("\n")));
    const at = lines.findIndex((line) => line.includes("株洲备份测试有限公司"));
    lines[at] = lines[at]!.replace("株洲备份测试有限公司", "株洲备份测试有限公宫"); // one character changed in one line
    const tampered = path.join(dir, "tampered.jsonl.gz");
    fs.writeFileSync(tampered, gzipSync(lines.join("\n")));

    const options = { yes: false, safetyBackup: () => Promise.reject(new Error("not expected")), log: () => {} };
    const reasons: Record<string, RegExp> = {
      [truncated]: /truncated or damaged/,
      [cut]: /truncated/,
      [tampered]: /content hash .* does not match the manifest/,
    };
    for (const [file, reason] of Object.entries(reasons)) {
      const error = await restoreBackup(backupRepo(targetDb), file, options).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, file).toBeInstanceOf(BackupFileError);
      expect((error as Error).message).toMatch(reason);
      expect(await nodeCount(targetDb)).toBe(0);
    }
    // The CLI says the same, before starting any database.
    const cli = await run(
      process.execPath,
      ["--import", "tsx", "server/cli/restore.ts", tampered, "--instance", "test-restore"],
      { cwd: REPO_ROOT },
    ).catch((e: { code: number; stderr: string }) => e);
    expect((cli as { code: number }).code).toBe(1);
    expect((cli as { stderr: string }).stderr).toMatch(
      /refused: .*does not match the manifest[\s\S]*nothing was written/,
    );
  });

  it("restores into a fresh instance with identical per-label counts, types and content hash", async () => {
    const report = await restoreBackup(backupRepo(targetDb), written.file, {
      yes: false,
      safetyBackup: () => Promise.reject(new Error("empty target")),
      log: () => {},
    });
    expect(report.replaced).toBeNull();
    const restored = await backupRepo(targetDb).snapshot();
    expect(restored.labels).toEqual(written.manifest.labels);
    expect(restored.types).toEqual(written.manifest.types);
    expect(restored.sha256).toBe(written.manifest.sha256);
    expect(await probeTypes(targetDb)).toEqual(await probeTypes(app.db));
    expect((await probeTypes(targetDb)).exact).toBe(true);
    const staged = await targetDb.readTx((tx) => tx.raw("MATCH (n:_Restoring) RETURN count(n) AS n"));
    expect(staged.records[0]!.get("n")).toBe(0);
    // The derived search text (decision 043) stays out of the file and is recomputed by the restore.
    expect(gunzipSync(fs.readFileSync(written.file)).toString("utf8")).not.toContain("_search");
    expect(await expectSearchTextsCurrent(targetDb)).toBe(await expectSearchTextsCurrent(app.db));
  });

  it("refuses a non-empty database without --yes; with --yes backs it up first and replaces it", async () => {
    const before = await nodeCount(targetDb);
    const service = backupService(backupRepo(targetDb), { dir, source: "test-restore", intervalHours: 0, keep: 7 });
    const options = { yes: false, safetyBackup: () => service.create("pre-restore"), log: () => {} };
    const refused = await restoreBackup(backupRepo(targetDb), written.file, options).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(RestoreRefusedError);
    expect((refused as Error).message).toContain(`${before} nodes`);
    expect(await nodeCount(targetDb)).toBe(before);

    await targetDb.writeTx((tx) => tx.raw("CREATE (:Extra {id: 'bk-extra'})"));
    const report = await restoreBackup(backupRepo(targetDb), written.file, { ...options, yes: true });
    expect(report.replaced?.nodes).toBe(before + 1);
    expect(readBackup(report.replaced!.safetyBackup).manifest.labels.Extra).toBe(1); // what was there is kept
    expect((await backupRepo(targetDb).snapshot()).sha256).toBe(written.manifest.sha256);
  });

  it("does the same from the command line: npm run backup (attached to the running test database) and npm run restore --yes", async () => {
    const cliDir = path.join(dir, "cli");
    const env = { ...process.env, CHAINATLAS_INSTANCE: "test", BACKUP_DIR: path.join(dir, "safety") };
    const backup = await run(process.execPath, ["--import", "tsx", "server/cli/backup.ts", "--out", cliDir], {
      cwd: REPO_ROOT,
      env,
      timeout: 240_000,
    });
    expect(backup.stderr).toContain("Using the running Neo4j (test)");
    const file = /backup written: (\S+)/.exec(backup.stdout)?.[1];
    expect(file, backup.stdout).toBeTruthy();
    const manifest = readBackup(file!).manifest;
    expect(manifest.trigger).toBe("cli");
    expect(manifest.sha256).toBe(written.manifest.sha256); // nothing changed in between: the same graph, the same hash

    const restore = await run(
      process.execPath,
      ["--import", "tsx", "server/cli/restore.ts", file!, "--instance", "test-restore", "--yes"],
      { cwd: REPO_ROOT, env, timeout: 240_000 },
    );
    expect(restore.stdout).toMatch(/restored .* into instance 'test-restore'/);
    expect(restore.stdout).toContain(`${manifest.nodes} nodes, ${manifest.relationships} relationships`);
    expect(restore.stdout).toMatch(/replaced \d+ nodes; they were backed up first to .*pre-restore\.jsonl\.gz/);
    expect((await backupRepo(targetDb).snapshot()).sha256).toBe(manifest.sha256);
    expect(target.runningState()).not.toBeNull(); // the CLI attached to this file's server and left it running
  });
});
