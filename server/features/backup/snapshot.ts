import { createHash } from "node:crypto";
import type { BackupManifest } from "../../contracts/backups";
import { encodeProperties, type Encoded, type TypedProperty } from "./backup-values";

/** Rows of the export queries (cypher/backup/*.cypher): element ids, labels/type, typed properties. */
export interface NodeRow {
  eid: string;
  labels: string[];
  props: TypedProperty[];
}
export interface RelRow {
  type: string;
  from: string;
  to: string;
  props: TypedProperty[];
}

export interface NodeLine {
  n: string;
  labels: string[];
  props: Record<string, Encoded>;
}
export interface RelLine {
  r: string;
  from: string;
  to: string;
  props: Record<string, Encoded>;
}

/** The canonical content of a database: what a backup holds and what a restore is checked against. */
export interface Snapshot {
  lines: string[];
  nodes: number;
  relationships: number;
  labels: Record<string, number>;
  types: Record<string, number>;
  sha256: string;
}

export const FORMAT = 1;
export const HEADER = JSON.stringify({ chainatlas: "backup", format: FORMAT });

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function tally(counts: Map<string, number>, key: string) {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

const sortedRecord = (counts: Map<string, number>) => Object.fromEntries([...counts].sort(([a], [b]) => byText(a, b)));

/**
 * Element ids differ between two databases holding the same graph, so lines never carry them: nodes are
 * sorted by their content (labels + properties) and numbered n1, n2 … in that order; relationships name
 * those numbers and are sorted too. The same graph therefore always gives the same lines and the same hash
 * (nodes with identical labels and properties are interchangeable; the app's nodes all carry unique keys).
 * `ignoreLabel` drops the restore's staging label when a restore checks what it wrote.
 */
export function buildSnapshot(nodeRows: NodeRow[], relRows: RelRow[], ignoreLabel?: string): Snapshot {
  const labels = new Map<string, number>();
  const types = new Map<string, number>();
  const nodes = nodeRows
    .map((row) => {
      const nodeLabels = row.labels.filter((l) => l !== ignoreLabel).sort(byText);
      nodeLabels.forEach((label) => tally(labels, label));
      return { eid: row.eid, body: JSON.stringify({ labels: nodeLabels, props: encodeProperties(row.props) }) };
    })
    .sort((a, b) => byText(a.body, b.body));
  const stable = new Map(nodes.map((node, i) => [node.eid, `n${i + 1}`]));
  const nodeLines = nodes.map((node) => `{"n":${JSON.stringify(stable.get(node.eid))},${node.body.slice(1)}`);
  const relLines = relRows
    .map((row) => {
      tally(types, row.type);
      const line: RelLine = {
        r: row.type,
        from: stable.get(row.from)!,
        to: stable.get(row.to)!,
        props: encodeProperties(row.props),
      };
      return JSON.stringify(line);
    })
    .sort(byText);
  const lines = [...nodeLines, ...relLines];
  return {
    lines,
    nodes: nodeLines.length,
    relationships: relLines.length,
    labels: sortedRecord(labels),
    types: sortedRecord(types),
    sha256: contentHash(lines),
  };
}

export function contentHash(lines: string[]): string {
  const hash = createHash("sha256");
  for (const line of lines) hash.update(`${line}\n`);
  return hash.digest("hex");
}

/** The backup file's text: a header line, the content lines, and the manifest as the last line. */
export function backupText(snapshot: Snapshot, manifest: BackupManifest): string {
  return [HEADER, ...snapshot.lines, JSON.stringify({ manifest })].join("\n") + "\n";
}

/** Same counts and hash? (what restore checks after writing, and the round-trip test compares) */
export function sameContent(
  a: Pick<Snapshot, "nodes" | "relationships" | "labels" | "types" | "sha256">,
  b: typeof a,
): string[] {
  const differences: string[] = [];
  if (a.nodes !== b.nodes) differences.push(`nodes ${a.nodes} ≠ ${b.nodes}`);
  if (a.relationships !== b.relationships) differences.push(`relationships ${a.relationships} ≠ ${b.relationships}`);
  if (JSON.stringify(a.labels) !== JSON.stringify(b.labels)) differences.push("per-label counts differ");
  if (JSON.stringify(a.types) !== JSON.stringify(b.types)) differences.push("per-type counts differ");
  if (a.sha256 !== b.sha256) differences.push(`content hash ${a.sha256.slice(0, 12)}… ≠ ${b.sha256.slice(0, 12)}…`);
  return differences;
}
