// npm run restore -- FILE [--instance NAME] [--yes] — restore a backup into an empty database (see docs/operations.md).
import path from "node:path";
import { backupSettingsFromEnv } from "../config/backup";
import { BackupFileError, readBackup } from "../features/backup/backup-files";
import { backupRepo } from "../features/backup/backup.repo";
import { backupService } from "../features/backup/backup.service";
import { restoreBackup, RestoreRefusedError } from "../features/backup/restore";
import { withDatabase } from "./with-database";

const USAGE = "usage: npm run restore -- FILE [--instance NAME] [--yes]\n";
const args = process.argv.slice(2);
const yes = args.includes("--yes");
const instanceAt = args.indexOf("--instance");
const instance = instanceAt >= 0 ? args[instanceAt + 1] : undefined;
const files = args.filter((a, i) => a !== "--yes" && a !== "--instance" && !(instanceAt >= 0 && i === instanceAt + 1));
if (files.length !== 1 || (instanceAt >= 0 && !/^[a-z0-9-]+$/.test(instance ?? ""))) {
  process.stderr.write(USAGE);
  process.exit(2);
}
const file = path.resolve(files[0]!);

// Check the whole file before any database is started or touched.
try {
  readBackup(file);
} catch (error) {
  if (!(error instanceof BackupFileError)) throw error;
  process.stderr.write(`refused: ${error.message}\nnothing was written\n`);
  process.exit(1);
}

await withDatabase(
  async (db, env) => {
    if (instance && env.NEO4J_URI) throw new Error("--instance names a managed instance; unset NEO4J_URI to use it");
    const repo = backupRepo(db);
    const safety = backupService(repo, backupSettingsFromEnv(env, instance));
    const log = (line: string) => process.stderr.write(`${line}\n`);
    try {
      const report = await restoreBackup(repo, file, { yes, safetyBackup: () => safety.create("pre-restore"), log });
      const m = report.manifest;
      const target = env.NEO4J_URI ? env.NEO4J_URI : `instance '${instance ?? env.CHAINATLAS_INSTANCE}'`;
      const schema =
        report.schema.backup === report.schema.current
          ? "same schema"
          : `schema ${report.schema.backup} → ${report.schema.current} (the current schema was applied)`;
      process.stdout.write(
        `restored ${path.basename(file)} (written ${m.createdAt} by ${m.app.name} ${m.app.version}) into ${target}\n` +
          `  verified: ${m.nodes} nodes, ${m.relationships} relationships, per-label and per-type counts and sha256 ${m.sha256.slice(0, 16)}… match\n` +
          `  labels: ${Object.entries(m.labels)
            .map(([l, n]) => `${l} ${n}`)
            .join(", ")}\n` +
          `  ${schema}\n` +
          (report.replaced
            ? `  replaced ${report.replaced.nodes} nodes; they were backed up first to ${report.replaced.safetyBackup}\n`
            : "") +
          "  bookkeeping (accounts, sessions, tokens, audit) is as it was stored: run the app with the same APP_SECRET / key file\n",
      );
    } catch (error) {
      if (error instanceof BackupFileError || error instanceof RestoreRefusedError)
        throw new Error(`refused: ${error.message}\nnothing was written`, { cause: error });
      throw error;
    }
  },
  { instance },
);
