import { NODE_KINDS, REL_TYPES, SOURCES, STAGES } from "../../../server/contracts/model";
import type { ColumnSpec } from "../../../server/contracts/queries";
import { isRelCell } from "./cells";

// Result columns and values in the page's language. A library query declares its columns' titles and
// value vocabularies (`// @column` in its header); values from the shared vocabularies (kinds, relationship
// types, provenance, stages) are translated wherever they appear, declared or not. Tables, charts and CSV
// all read the translated rows, so none of them shows a raw key (Enterprise, COLLABORATES_WITH, public…).

type Translate = (key: string) => string;
type Lang = "zh" | "en";

const PREFIX: Record<NonNullable<ColumnSpec["vocab"]>, string> = {
  kind: "kind.",
  rel: "ex.rel.",
  source: "source.",
  stage: "chains.stage.",
  problemStatus: "problems.status.",
  consortiumStatus: "consortium.status.",
  gapStatus: "chains.status.",
  collab: "vocab.collab.",
  role: "vocab.role.",
  level: "vocab.level.",
};
const SHARED: [readonly string[], string][] = [
  [NODE_KINDS, "kind."],
  [REL_TYPES, "ex.rel."],
  [SOURCES, "source."],
  [STAGES, "chains.stage."],
];

/** The column's title in `lang`, or its key when the query declares none (analysts' own queries). */
export function columnTitle(column: string, spec: ColumnSpec | undefined, lang: Lang): string {
  return spec ? spec.title[lang] : column;
}

function known(t: Translate, key: string): string | null {
  const text = t(key);
  return text === key ? null : text;
}

/** One value in `lang`: the column's own values, its vocabulary, then any shared vocabulary; else as is. */
export function displayValue(value: unknown, spec: ColumnSpec | undefined, lang: Lang, t: Translate): unknown {
  if (Array.isArray(value)) return value.map((v) => displayValue(v, spec, lang, t));
  if (isRelCell(value)) return { ...value, type: known(t, `ex.rel.${value.type}`) ?? value.type };
  if (typeof value !== "string") return value;
  const own = spec?.values?.[value];
  if (own) return own[lang];
  if (spec?.vocab) {
    const text = known(t, `${PREFIX[spec.vocab]}${value}`);
    if (text) return text;
  }
  for (const [list, prefix] of SHARED) if (list.includes(value)) return known(t, `${prefix}${value}`) ?? value;
  return value;
}

export interface ShownResult {
  columns: string[];
  rows: unknown[][];
}

/** The rows and column titles as shown (same order and shape as the raw result). */
export function translateResult(
  columns: string[],
  rows: unknown[][],
  specs: Record<string, ColumnSpec> | undefined,
  lang: Lang,
  t: Translate,
): ShownResult {
  const perColumn = columns.map((c) => specs?.[c]);
  return {
    columns: columns.map((c, i) => columnTitle(c, perColumn[i], lang)),
    rows: rows.map((row) => row.map((value, i) => displayValue(value, perColumn[i], lang, t))),
  };
}
