import type { CellNode, CellPath, CellRel } from "../../../server/contracts/queries";

// How a result cell reads as text (table, CSV, bar labels). Graph elements show by name, not as JSON.

type Lang = "zh" | "en";

export function isNodeCell(value: unknown): value is CellNode {
  return !!value && typeof value === "object" && (value as { $?: unknown }).$ === "node";
}
export function isRelCell(value: unknown): value is CellRel {
  return !!value && typeof value === "object" && (value as { $?: unknown }).$ === "rel";
}
export function isPathCell(value: unknown): value is CellPath {
  return !!value && typeof value === "object" && (value as { $?: unknown }).$ === "path";
}

export function nodeLabel(node: CellNode, lang: Lang = "zh"): string {
  return (lang === "en" && node.nameEn) || node.name || node.id;
}

export function cellText(value: unknown, lang: Lang = "zh"): string {
  if (value === null || value === undefined) return "";
  if (isNodeCell(value)) return nodeLabel(value, lang);
  if (isRelCell(value)) return value.type;
  if (isPathCell(value)) return value.nodes.map((n) => nodeLabel(n, lang)).join(" → ");
  if (Array.isArray(value)) return value.map((v) => cellText(v, lang)).join("、");
  if (typeof value === "object") return JSON.stringify(value);
  if (typeof value === "boolean") return value ? "✓" : "✗";
  return String(value);
}

/** Sort key: numbers compare as numbers, everything else as its text (nulls last). */
export function compareCells(a: unknown, b: unknown, lang: Lang = "zh"): number {
  if (a === null || a === undefined) return b === null || b === undefined ? 0 : 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return cellText(a, lang).localeCompare(cellText(b, lang), lang === "zh" ? "zh-CN" : "en");
}

/** Domain node ids anywhere in the rows (for "open in explorer"). */
export function nodeIds(rows: unknown[][]): string[] {
  const ids = new Set<string>();
  const visit = (value: unknown) => {
    if (isNodeCell(value)) {
      if (value.labels.includes("Entity")) ids.add(value.id);
    } else if (isPathCell(value)) value.nodes.forEach(visit);
    else if (Array.isArray(value)) value.forEach(visit);
  };
  rows.forEach((row) => row.forEach(visit));
  return [...ids];
}
