import type { ImportEntity } from "../../contracts/import";
import { ENTITIES } from "./entities";
import type { EntityDef } from "./entities/types";
import { citedHeader, SOURCE_PREFIX } from "./citations";

/** "名称（必填）", " Name * ", "NAME" → "名称", "name": case, spaces, required markers and brackets do not matter. */
export function normalizeHeader(header: string): string {
  return header
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[（(][^)）]*[)）]/g, "")
    .replace(/[*＊\s_\-:：]/g, "")
    .trim();
}

function labels(entity: EntityDef) {
  return entity.fields.map((field) => ({
    key: field.key,
    names: [field.key, field.zh, field.en].map(normalizeHeader),
  }));
}

/** The field a header names, trying a two-level header whole, then its sub-heading, then its group heading. */
function fieldFor(header: string, known: ReturnType<typeof labels>): string | null {
  const parts = header.split(" ").filter(Boolean);
  for (const candidate of [header, parts[parts.length - 1] ?? "", parts[0] ?? ""]) {
    const norm = normalizeHeader(candidate);
    if (!norm) continue;
    const hit = known.find((k) => k.names.includes(norm));
    if (hit) return hit.key;
  }
  return null;
}

/**
 * Per column, the field it maps to (each field at most once; unknown columns null = ignored). A header that
 * names a field followed by 来源/出处/source ("营收 来源") maps to `source:<field>`: that value's citation.
 */
export function autoMap(headers: string[], entity: EntityDef): (string | null)[] {
  const known = labels(entity);
  const used = new Set<string>();
  return headers.map((header) => {
    const cited = citedHeader(normalizeHeader(header));
    const citedField = cited ? known.find((k) => k.names.includes(cited))?.key : undefined;
    const key = citedField ? `${SOURCE_PREFIX}${citedField}` : fieldFor(header, known);
    if (!key || used.has(key)) return null;
    used.add(key);
    return key;
  });
}

/** The entity whose template these headers match best (all required fields present, most fields matched). */
export function suggestEntity(headers: string[]): ImportEntity | null {
  let best: { key: ImportEntity; score: number } | null = null;
  for (const entity of ENTITIES) {
    const mapped = new Set(autoMap(headers, entity).filter((k): k is string => k !== null));
    const required = entity.fields.filter((f) => f.required);
    if (!required.every((f) => mapped.has(f.key))) continue;
    const score = mapped.size * 10 - (entity.fields.length - mapped.size);
    if (!best || score > best.score) best = { key: entity.key, score };
  }
  return best?.key ?? null;
}
