// npm run backup [-- --out DIR] — a consistent snapshot of the database (the app may keep running).
import path from "node:path";
import { backupSettingsFromEnv } from "../config/backup";
import { backupRepo } from "../features/backup/backup.repo";
import { backupService } from "../features/backup/backup.service";
import { withDatabase } from "./with-database";

const args = process.argv.slice(2);
const outAt = args.indexOf("--out");
const out = outAt >= 0 ? args[outAt + 1] : undefined;
if ((outAt >= 0 && !out) || args.some((a, i) => a !== "--out" && i !== outAt + 1)) {
  process.stderr.write("usage: npm run backup [-- --out DIR]\n");
  process.exit(2);
}

await withDatabase(async (db, env) => {
  const settings = backupSettingsFromEnv(env);
  const service = backupService(backupRepo(db), out ? { ...settings, dir: path.resolve(out) } : settings);
  const { file, bytes, manifest } = await service.create("cli");
  const labels = Object.entries(manifest.labels)
    .map(([label, n]) => `${label} ${n}`)
    .join(", ");
  process.stdout.write(
    `backup written: ${file} (${(bytes / 1024).toFixed(1)} KiB)\n` +
      `  ${manifest.nodes} nodes, ${manifest.relationships} relationships, sha256 ${manifest.sha256}\n` +
      `  labels: ${labels}\n` +
      "  bookkeeping (accounts, sessions, tokens, audit) is copied as stored: restore it where the same APP_SECRET / key file is configured\n",
  );
});
