import { z } from "zod";

/** What made a backup: the schedule (BACKUP_INTERVAL_HOURS), an admin on /admin, `npm run backup`, or restore --yes. */
export const BackupTrigger = z.enum(["scheduled", "admin", "cli", "pre-restore"]);

/** Backup file names the app writes (and the only ones it serves or restores by name). */
export const BACKUP_NAME = /^chainatlas-[a-z0-9-]+-\d{8}T\d{9}Z(-[a-z-]+)?\.jsonl\.gz$/;

/** The last line of a backup file (and its .manifest.json beside it): counts, content hash, versions, time. */
export const BackupManifest = z.object({
  format: z.literal(1),
  app: z.object({ name: z.string(), version: z.string() }),
  schemaVersion: z.string(),
  createdAt: z.string(),
  source: z.string(),
  trigger: BackupTrigger,
  consistency: z.string(),
  nodes: z.number().int().min(0),
  relationships: z.number().int().min(0),
  labels: z.record(z.string(), z.number().int().min(0)),
  types: z.record(z.string(), z.number().int().min(0)),
  /** SHA-256 of the content lines (everything between the header and this manifest, each line + "\n"). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  notes: z.array(z.string()),
});
export type BackupManifest = z.infer<typeof BackupManifest>;

export const BackupSummary = z.object({
  name: z.string(),
  bytes: z.number().int().min(0),
  createdAt: z.string(),
  trigger: BackupTrigger,
  nodes: z.number().int().min(0),
  relationships: z.number().int().min(0),
  sha256: z.string(),
});
export type BackupSummary = z.infer<typeof BackupSummary>;

export const BackupsResponse = z.object({
  backups: z.array(BackupSummary),
  /** Hours between scheduled backups (0 = off) and how many are kept. */
  schedule: z.object({ intervalHours: z.number().min(0), keep: z.number().int().min(1) }),
});
export type BackupsResponse = z.infer<typeof BackupsResponse>;

export const BackupNameParams = z.object({ name: z.string().regex(BACKUP_NAME, "not a backup file name") });
