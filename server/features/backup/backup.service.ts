import fs from "node:fs";
import path from "node:path";
import { BACKUP_NAME, type BackupManifest, type BackupsResponse } from "../../contracts/backups";
import type { BackupSettings } from "../../config/backup";
import { DomainError, notFound } from "../../contracts/errors";
import { backupName, listBackups, pruneBackups, writeBackup } from "./backup-files";
import type { BackupRepo } from "./backup.repo";
import { makeManifest } from "./manifest";

export interface WrittenBackup {
  name: string;
  file: string;
  bytes: number;
  manifest: BackupManifest;
}

export function backupService(repo: BackupRepo, settings: BackupSettings) {
  let running = false;

  return {
    settings,

    /** Snapshot the database into a new file; one at a time (a second caller gets 409 BACKUP_RUNNING). */
    async create(trigger: BackupManifest["trigger"]): Promise<WrittenBackup> {
      if (running)
        throw new DomainError(
          "conflict",
          "BACKUP_RUNNING",
          "A backup is being written right now; try again when it has finished",
        );
      running = true;
      try {
        const snapshot = await repo.snapshot();
        const at = new Date();
        const manifest = makeManifest(snapshot, at, settings.source, trigger);
        const name = backupName(settings.source, at, trigger === "pre-restore" ? "pre-restore" : undefined);
        const { file, bytes } = writeBackup(settings.dir, name, snapshot, manifest);
        return { name, file, bytes, manifest };
      } finally {
        running = false;
      }
    },

    list(): BackupsResponse {
      return {
        backups: listBackups(settings.dir),
        schedule: { intervalHours: settings.intervalHours, keep: settings.keep },
      };
    },

    /** The file behind a listed name (the name is checked against the backup pattern: no path can sneak in). */
    file(name: string): string {
      const file = path.join(settings.dir, name);
      if (!BACKUP_NAME.test(name) || !fs.existsSync(file)) throw notFound("Backup", name);
      return file;
    },

    prune: () => pruneBackups(settings.dir, settings.keep),
  };
}
export type BackupService = ReturnType<typeof backupService>;

/**
 * BACKUP_INTERVAL_HOURS > 0: a backup every interval, then prune to BACKUP_KEEP. The first one is due an interval
 * after the newest backup already in the folder (at least a minute after start), so an app restarted more often
 * than the interval still backs up; with no backup yet, one interval after start.
 */
export function scheduleBackups(service: BackupService, log: (line: string) => void): () => void {
  const intervalMs = service.settings.intervalHours * 3_600_000;
  if (intervalMs <= 0) return () => {};
  const run = () =>
    void service
      .create("scheduled")
      .then((written) => {
        const pruned = service.prune();
        log(
          `backup: wrote ${written.name} (${written.manifest.nodes} nodes, ${written.manifest.relationships} relationships)${pruned.length ? `; removed ${pruned.length} old` : ""}`,
        );
      })
      .catch((error: unknown) =>
        log(`backup: scheduled backup failed: ${error instanceof Error ? error.message : String(error)}`),
      );
  const newest = service.list().backups[0];
  const age = newest ? Date.now() - Date.parse(newest.createdAt) : 0;
  let timer: NodeJS.Timeout = setTimeout(
    () => {
      run();
      timer = setInterval(run, intervalMs);
      timer.unref();
    },
    Math.max(60_000, intervalMs - age),
  );
  timer.unref();
  return () => clearTimeout(timer); // clearTimeout also clears an interval
}
