import path from "node:path";
import { NEO4J_HOME_ROOT } from "../db/local/paths";
import type { Env } from "./env";

export interface BackupSettings {
  /** Where backups go: BACKUP_DIR, else .neo4j/backups/<instance>. */
  dir: string;
  /** Named in the file name and the manifest: the managed instance, or "external". */
  source: string;
  /** BACKUP_INTERVAL_HOURS (0 = no schedule) and BACKUP_KEEP. */
  intervalHours: number;
  keep: number;
}

export function backupSettingsFromEnv(
  env: Pick<Env, "NEO4J_URI" | "CHAINATLAS_INSTANCE" | "BACKUP_DIR" | "BACKUP_INTERVAL_HOURS" | "BACKUP_KEEP">,
  instance?: string,
): BackupSettings {
  const source = env.NEO4J_URI ? "external" : (instance ?? env.CHAINATLAS_INSTANCE);
  return {
    dir: env.BACKUP_DIR ? path.resolve(env.BACKUP_DIR) : path.join(NEO4J_HOME_ROOT, "backups", source),
    source,
    intervalHours: env.BACKUP_INTERVAL_HOURS,
    keep: env.BACKUP_KEEP,
  };
}
