import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readBackup } from "../../server/features/backup/backup-files";
import { backupRepo } from "../../server/features/backup/backup.repo";
import { backupService } from "../../server/features/backup/backup.service";
import { startTestApp, testDb, type RunningApp } from "../setup/test-db";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chainatlas-backups-api-"));
let app: RunningApp;

beforeAll(async () => {
  const db = testDb();
  app = await startTestApp({
    db,
    backups: backupService(backupRepo(db), { dir, source: "test", intervalHours: 24, keep: 2 }),
  });
});
afterAll(async () => {
  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("/api/admin/backups", () => {
  it("is for admins only", async () => {
    for (const role of ["analyst", "viewer"] as const) {
      const client = await app.as(role);
      expect((await client.get("/api/admin/backups")).status).toBe(403);
      expect((await client.send("POST", "/api/admin/backups")).status).toBe(403);
    }
    expect((await (await app.as("anonymous")).send("POST", "/api/admin/backups")).status).toBe(401);
  });

  it("writes a backup on demand, lists it with the schedule, and serves the file", async () => {
    const made = await app.send("POST", "/api/admin/backups");
    expect(made.status).toBe(201);
    expect(made.body.trigger).toBe("admin");
    expect(made.body.nodes).toBeGreaterThan(0);
    const list = await app.get("/api/admin/backups");
    expect(list.body.schedule).toEqual({ intervalHours: 24, keep: 2 });
    expect(list.body.backups[0]).toMatchObject({ name: made.body.name, sha256: made.body.sha256 });

    const download = await app.fetch(`/api/admin/backups/${made.body.name}`);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toContain("application/gzip");
    expect(download.headers.get("content-disposition")).toContain(made.body.name);
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(gunzipSync(bytes).toString("utf8").split("\n")[0]).toBe('{"chainatlas":"backup","format":1}');
    const copy = path.join(dir, "downloaded.jsonl.gz");
    fs.writeFileSync(copy, bytes);
    expect(readBackup(copy).manifest.sha256).toBe(made.body.sha256);
  });

  it("keeps BACKUP_KEEP backups and serves nothing but backup files", async () => {
    await app.send("POST", "/api/admin/backups");
    await app.send("POST", "/api/admin/backups");
    expect((await app.get("/api/admin/backups")).body.backups).toHaveLength(2);
    expect((await app.get("/api/admin/backups/chainatlas-test-20200101T000000000Z.jsonl.gz")).status).toBe(404);
    expect((await app.get(`/api/admin/backups/${encodeURIComponent("../../package.json")}`)).status).toBe(400);
    expect((await app.get("/api/admin/backups/downloaded.jsonl.gz")).status).toBe(400);
  });
});
