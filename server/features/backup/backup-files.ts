// Backup files on disk: <name>.jsonl.gz (header, content lines, manifest line) and <name>.manifest.json beside it.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { BACKUP_NAME, BackupManifest, type BackupSummary } from "../../contracts/backups";
import { FORMAT, HEADER, contentHash, type Snapshot, backupText } from "./snapshot";

export const MANIFEST_SUFFIX = ".manifest.json";

/** A backup file that cannot be restored, with the reason (shown to the operator as is). */
export class BackupFileError extends Error {}

/** chainatlas-<source>-20261206T031500123Z[-pre-restore].jsonl.gz — sortable by time, safe in a URL. */
export function backupName(source: string, at: Date, suffix?: string): string {
  const stamp = at.toISOString().replace(/[-:.]/g, "");
  const safeSource = source.toLowerCase().replace(/[^a-z0-9-]+/g, "-");
  return `chainatlas-${safeSource}-${stamp}${suffix ? `-${suffix}` : ""}.jsonl.gz`;
}

/** Write atomically (temporary name, then rename): a crash never leaves a half file under a backup's name. */
export function writeBackup(
  dir: string,
  name: string,
  snapshot: Snapshot,
  manifest: BackupManifest,
): { file: string; bytes: number } {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  const gz = gzipSync(Buffer.from(backupText(snapshot, manifest), "utf8"));
  fs.writeFileSync(`${file}.partial`, gz, { mode: 0o600 });
  fs.renameSync(`${file}.partial`, file);
  const sidecar = {
    ...manifest,
    file: name,
    bytes: gz.length,
    fileSha256: createHash("sha256").update(gz).digest("hex"),
  };
  fs.writeFileSync(`${file}${MANIFEST_SUFFIX}`, `${JSON.stringify(sidecar, null, 2)}\n`, { mode: 0o600 });
  return { file, bytes: gz.length };
}

export interface ParsedBackup {
  manifest: BackupManifest;
  lines: string[];
}

/**
 * Read and check a backup completely before anything is written: gzip intact, header, a manifest as the last
 * line, every line valid JSON, counts and SHA-256 of the content as the manifest says. Any doubt → refuse.
 */
export function readBackup(file: string): ParsedBackup {
  let text: string;
  try {
    text = gunzipSync(fs.readFileSync(file)).toString("utf8");
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT"
        ? "no such file"
        : `not a complete gzip file (${(error as Error).message}) — truncated or damaged`;
    throw new BackupFileError(`${path.basename(file)}: ${reason}`);
  }
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  if (lines[0] !== HEADER)
    throw new BackupFileError(
      `${path.basename(file)}: not a ChainAtlas backup (format ${FORMAT}) — the first line is not its header`,
    );
  let last: unknown;
  try {
    last = JSON.parse(lines.at(-1) ?? "");
  } catch {
    last = null;
  }
  const parsed = BackupManifest.safeParse((last as { manifest?: unknown } | null)?.manifest);
  if (!parsed.success)
    throw new BackupFileError(`${path.basename(file)}: no manifest at the end — the file is truncated`);
  const manifest = parsed.data;
  const content = lines.slice(1, -1);
  content.forEach((line, i) => {
    try {
      JSON.parse(line);
    } catch {
      throw new BackupFileError(
        `${path.basename(file)}: line ${i + 2} is not valid JSON — the file was damaged or edited`,
      );
    }
  });
  if (content.length !== manifest.nodes + manifest.relationships) {
    throw new BackupFileError(
      `${path.basename(file)}: ${content.length} content lines, the manifest says ${manifest.nodes + manifest.relationships} — truncated or edited`,
    );
  }
  const sha256 = contentHash(content);
  if (sha256 !== manifest.sha256) {
    throw new BackupFileError(
      `${path.basename(file)}: content hash ${sha256.slice(0, 12)}… does not match the manifest's ${manifest.sha256.slice(0, 12)}… — the file was changed after it was written`,
    );
  }
  return { manifest, lines: content };
}

/** The backups in `dir` (from their manifests), newest first; files not named like a backup are ignored. */
export function listBackups(dir: string): BackupSummary[] {
  if (!fs.existsSync(dir)) return [];
  const summaries: BackupSummary[] = [];
  for (const entry of fs.readdirSync(dir)) {
    if (!BACKUP_NAME.test(entry) || !fs.existsSync(path.join(dir, entry))) continue;
    try {
      const sidecar = JSON.parse(
        fs.readFileSync(path.join(dir, `${entry}${MANIFEST_SUFFIX}`), "utf8"),
      ) as BackupManifest;
      const { createdAt, trigger, nodes, relationships, sha256 } = sidecar;
      summaries.push({
        name: entry,
        bytes: fs.statSync(path.join(dir, entry)).size,
        createdAt,
        trigger,
        nodes,
        relationships,
        sha256,
      });
    } catch {
      /* a backup without its manifest file is not listed (it can still be restored: its manifest is inside) */
    }
  }
  return summaries.sort((a, b) => (a.name < b.name ? 1 : -1));
}

/** Keep the newest `keep` backups (pre-restore safety copies are never pruned); returns the names deleted. */
export function pruneBackups(dir: string, keep: number): string[] {
  const prunable = listBackups(dir).filter((b) => b.trigger !== "pre-restore");
  const doomed = prunable.slice(keep).map((b) => b.name);
  for (const name of doomed) {
    fs.rmSync(path.join(dir, name), { force: true });
    fs.rmSync(path.join(dir, `${name}${MANIFEST_SUFFIX}`), { force: true });
  }
  return doomed;
}
