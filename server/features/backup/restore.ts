import type { BackupManifest } from "../../contracts/backups";
import { BackupFileError, readBackup } from "./backup-files";
import { STAGING_LABEL, type BackupRepo, type NodeWrite, type RelWrite } from "./backup.repo";
import type { WrittenBackup } from "./backup.service";
import { decodeProperties, type Encoded } from "./backup-values";
import { schemaVersion } from "./manifest";
import { sameContent, type NodeLine, type RelLine } from "./snapshot";

const BATCH = 1_000;
/** Labels and types come from a file: only plain identifiers reach the dynamic-label statements. */
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The target is not empty and --yes was not given (nothing was written). */
export class RestoreRefusedError extends Error {}
/** Writing or verifying failed; what was written has been removed (the message says what happened). */
export class RestoreFailedError extends Error {}

export interface RestoreOptions {
  /** Replace a non-empty database (after a safety backup). */
  yes: boolean;
  /** Takes the safety backup of what is there before replacing it. */
  safetyBackup: () => Promise<WrittenBackup>;
  log: (line: string) => void;
}

export interface RestoreReport {
  file: string;
  manifest: BackupManifest;
  replaced: { nodes: number; safetyBackup: string } | null;
  schema: { backup: string; current: string };
}

interface Plan {
  nodes: NodeWrite[];
  rels: RelWrite[];
}

/** Decode every line before writing anything: a bad label, value or dangling end point refuses the file. */
function plan(lines: string[], manifest: BackupManifest): Plan {
  const nodes: NodeWrite[] = [];
  const rels: RelWrite[] = [];
  const ids = new Set<string>();
  try {
    for (const line of lines.slice(0, manifest.nodes)) {
      const node = JSON.parse(line) as NodeLine;
      if (typeof node.n !== "string" || !Array.isArray(node.labels))
        throw new BackupFileError("a node line without id or labels");
      const bad = node.labels.find((label) => !NAME.test(label) || label === STAGING_LABEL);
      if (bad !== undefined) throw new BackupFileError(`node ${node.n} has an unusable label ${JSON.stringify(bad)}`);
      ids.add(node.n);
      nodes.push({ id: node.n, labels: node.labels, props: decodeProperties(node.props as Record<string, Encoded>) });
    }
    for (const line of lines.slice(manifest.nodes)) {
      const rel = JSON.parse(line) as RelLine;
      if (typeof rel.r !== "string" || !NAME.test(rel.r))
        throw new BackupFileError(`a relationship with an unusable type ${JSON.stringify(rel.r)}`);
      if (!ids.has(rel.from) || !ids.has(rel.to))
        throw new BackupFileError(`a ${rel.r} relationship names a node that is not in the file`);
      rels.push({
        from: rel.from,
        to: rel.to,
        type: rel.r,
        props: decodeProperties(rel.props as Record<string, Encoded>),
      });
    }
  } catch (error) {
    if (error instanceof BackupFileError) throw error;
    throw new BackupFileError(
      `the content cannot be decoded: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return { nodes, rels };
}

/**
 * Restore a backup file into the database behind `repo`. Everything is checked before the first write.
 * Writes go in batches, every node under the staging label :_Restoring; when all are written, the database
 * is read back (one transaction) and must give the manifest's counts and content hash; only then one
 * transaction removes the staging label (the flip). Any failure deletes every staged node (and so every
 * relationship written), leaving the database as empty as it was; after --yes the safety backup is put back.
 * An interrupted restore (killed process) leaves only :_Restoring nodes, which the next restore --yes removes.
 */
export async function restoreBackup(repo: BackupRepo, file: string, options: RestoreOptions): Promise<RestoreReport> {
  const { manifest, lines } = readBackup(file);
  const { nodes, rels } = plan(lines, manifest);
  const before = await repo.counts();
  let replaced: RestoreReport["replaced"] = null;
  if (before.nodes > 0) {
    if (!options.yes) {
      const staged = before.staged ? ` (${before.staged} of them left by an interrupted restore)` : "";
      throw new RestoreRefusedError(
        `the target database is not empty: ${before.nodes} nodes${staged}. Restore into an empty database or instance, or pass --yes to back it up and replace it`,
      );
    }
    const safety = await options.safetyBackup();
    options.log(`backed up the ${before.nodes} nodes there to ${safety.file}; replacing them`);
    await repo.deleteAll();
    replaced = { nodes: before.nodes, safetyBackup: safety.file };
  }
  await repo.applySchema();
  try {
    const eids = new Map<string, string>();
    for (let i = 0; i < nodes.length; i += BATCH) {
      for (const [id, eid] of await repo.createNodes(nodes.slice(i, i + BATCH))) eids.set(id, eid);
    }
    options.log(`wrote ${eids.size} nodes`);
    let created = 0;
    for (let i = 0; i < rels.length; i += BATCH) {
      const batch = rels.slice(i, i + BATCH).map((r) => ({ ...r, from: eids.get(r.from)!, to: eids.get(r.to)! }));
      created += await repo.createRelationships(batch);
    }
    options.log(`wrote ${created} relationships; verifying`);
    const differences = sameContent(await repo.snapshot(STAGING_LABEL), manifest);
    if (differences.length) throw new Error(`what was written does not match the manifest: ${differences.join("; ")}`);
    await repo.unstage();
  } catch (error) {
    const removed = await repo.deleteStaged().then(String, () => "some (deleting them failed too)");
    let message = `restore failed: ${error instanceof Error ? error.message : String(error)}; removed the ${removed} nodes it had written`;
    if (replaced) message += await putBack(repo, replaced.safetyBackup, options);
    throw new RestoreFailedError(message);
  }
  return { file, manifest, replaced, schema: { backup: manifest.schemaVersion, current: schemaVersion() } };
}

async function putBack(repo: BackupRepo, safety: string, options: RestoreOptions): Promise<string> {
  try {
    await restoreBackup(repo, safety, { ...options, yes: false });
    return `; the previous content was put back from ${safety}`;
  } catch (error) {
    return `; putting back the previous content failed too (${error instanceof Error ? error.message : String(error)}): restore it with npm run restore -- ${safety}`;
  }
}
