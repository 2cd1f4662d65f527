// The plan's types and its pure helpers (ids derived from names, comparison, provenance-free copies), apart
// from planImport so that file stays within the house limit.
import { createHash } from "node:crypto";
import type { PreviewRow, RowError, Summary } from "../../contracts/import";
import { ID_PREFIX, kindFamily, PROVENANCE_KEYS, type NodeKind } from "../../contracts/model";
import type { Props } from "./entities/types";

export type Stored = Record<string, unknown>;

/** What the plan needs to know about the graph (read in the same transaction as the write, on apply). */
export interface Lookup {
  nodesByIds(ids: string[]): Promise<Stored[]>;
  /** Nodes whose name, English name or an alias equals one of `names` (lower-cased). */
  nodesByNames(names: string[]): Promise<Stored[]>;
  linksByIds(links: { id: string; from: string; to: string }[]): Promise<{ id: string; props: Stored }[]>;
}

export interface PlanContext {
  file: string;
  by: string;
  today: string;
  /** The file's header for a field key (errors name the column as the planner sees it). */
  column?: (field: string) => string;
}

export interface NodeWrite {
  id: string;
  labels: string[];
  props: Stored;
}
export interface LinkWrite {
  id: string;
  type: string;
  from: string;
  to: string;
  props: Stored;
}

export interface Plan {
  rows: PreviewRow[];
  errors: RowError[];
  summary: Summary;
  nodes: NodeWrite[];
  links: LinkWrite[];
  changes: Record<string, unknown>[];
  created: string[];
}

export const lower = (s: string) => s.normalize("NFKC").trim().toLowerCase();

/** Same name, same kind family → same id, so re-importing a file without ids is idempotent. */
export function derivedId(kind: NodeKind, name: string): string {
  return `${ID_PREFIX[kind]}:imp-${createHash("sha1")
    .update(`${kindFamily(kind)}|${lower(name)}`)
    .digest("hex")
    .slice(0, 12)}`;
}

export function namesOf(node: Stored): string[] {
  const aliases = Array.isArray(node.aliases) ? node.aliases.map(String) : [];
  return [node.name, node.nameEn, ...aliases].filter((v): v is string => typeof v === "string").map(lower);
}

export function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  return a === b;
}

export function withoutProvenance(stored: Stored): Stored {
  const out: Stored = {};
  for (const [k, v] of Object.entries(stored))
    if (!(PROVENANCE_KEYS as readonly string[]).includes(k) && k !== "by") out[k] = v;
  return out;
}

export function diff(before: Stored | null, content: Props): { field: string; before: unknown; after: unknown }[] {
  return Object.entries(content)
    .filter(([k, v]) => !same(before?.[k] ?? null, v))
    .map(([field, after]) => ({ field, before: before?.[field] ?? null, after }));
}

/** The audit's record of one write: created, or updated with each changed field's before and after. */
export function changeOf(id: string, before: Stored | null, fields: ReturnType<typeof diff>): Record<string, unknown> {
  return {
    id,
    op: before ? "update" : "create",
    ...(before ? { fields: Object.fromEntries(fields.map((f) => [f.field, [f.before, f.after]])) } : {}),
  };
}
