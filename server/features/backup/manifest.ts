import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { BackupManifest } from "../../contracts/backups";
import { REPO_ROOT } from "../../db/local/paths";
import { schemaStatements } from "../../db/schema";
import { FORMAT, type Snapshot } from "./snapshot";

let cachedApp: BackupManifest["app"] | null = null;

export function appVersion(): BackupManifest["app"] {
  cachedApp ??= (() => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as {
      name: string;
      version: string;
    };
    return { name: pkg.name, version: pkg.version };
  })();
  return cachedApp;
}

/** The schema the data was written under: the newest cypher/schema file and a hash of every statement. */
export function schemaVersion(): string {
  const statements = schemaStatements();
  const newest =
    statements
      .map((s) => s.file)
      .sort()
      .at(-1)
      ?.replace(/\.cypher$/, "") ?? "none";
  const hash = createHash("sha256")
    .update(statements.map((s) => s.statement).join(";\n"))
    .digest("hex")
    .slice(0, 12);
  return `${newest}+${hash}`;
}

export const BACKUP_NOTES = [
  "Consistent snapshot: every node and relationship was read in one read transaction while the app kept running.",
  "Element ids are not kept: nodes are numbered n1, n2 … in order of their content and relationships name those numbers.",
  "Bookkeeping nodes (User, Session, ApiToken, AuditEntry, SavedQuery, QueryVersion) are copied exactly as stored. " +
    "Values the app seals with its key stay sealed here (a backup does not leak accounts); to use them after a restore, " +
    "run the restored app with the same APP_SECRET / key file as the app that wrote this backup.",
];

export function makeManifest(
  snapshot: Snapshot,
  at: Date,
  source: string,
  trigger: BackupManifest["trigger"],
): BackupManifest {
  return {
    format: FORMAT,
    app: appVersion(),
    schemaVersion: schemaVersion(),
    createdAt: at.toISOString(),
    source,
    trigger,
    consistency: "one read transaction",
    nodes: snapshot.nodes,
    relationships: snapshot.relationships,
    labels: snapshot.labels,
    types: snapshot.types,
    sha256: snapshot.sha256,
    notes: BACKUP_NOTES,
  };
}
