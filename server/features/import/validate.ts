import { z } from "zod";
import type { RowError } from "../../contracts/import";
import type { Table } from "./parse/table";
import type { Draft, EntityDef, Values } from "./entities/types";
import type { Field } from "./fields";
import type { Claims } from "../../contracts/common";
import { SOURCE_PREFIX } from "./citations";
import { CHECKS_KEY, CLAIMS_KEY, PROVENANCE_KEYS } from "../../contracts/model";

export interface ValidRow {
  row: number;
  draft: Draft;
  /** Provenance the row asked for. */
  asOf?: string;
  note?: string;
  /** Per-value citations: property → the text of its source column (URL or citation). */
  citations?: Record<string, string>;
  /** Claims carried by a JSON graph file (export → import keeps them). */
  claims?: Claims;
}

const RESERVED_PROPS = new Set<string>(["id", "kind", "name", "nameEn", ...PROVENANCE_KEYS, CLAIMS_KEY, CHECKS_KEY]);
export const PROP_PREFIX = "prop:";

function rowSchema(entity: EntityDef): z.ZodObject {
  return z.object(Object.fromEntries(entity.fields.map((field) => [field.key, field.schema])));
}

function reasonOf(issue: z.core.$ZodIssue, input: unknown): RowError["reason"] {
  if (input === undefined) return "missing_required";
  return issue.code === "invalid_type" || issue.code === "invalid_union" ? "bad_type" : "bad_value";
}

/** Problems with the mapping itself: a required field no column maps to, a custom property name that is reserved. */
export function mappingErrors(entity: EntityDef, headers: string[], mapping: (string | null)[]): RowError[] {
  const errors: RowError[] = [];
  for (const field of entity.fields.filter((f) => f.required && !mapping.includes(f.key))) {
    errors.push({
      row: 0,
      column: field.zh,
      reason: "missing_column",
      message: `No column for the required field '${field.key}' (${field.zh} / ${field.en}); columns found: ${headers.filter(Boolean).join(", ") || "none"}. Rename a column or map one to it.`,
    });
  }
  mapping.forEach((target, i) => {
    if (
      target?.startsWith(PROP_PREFIX) &&
      (RESERVED_PROPS.has(target.slice(PROP_PREFIX.length)) || target.length === PROP_PREFIX.length)
    ) {
      errors.push({
        row: 0,
        column: headers[i] ?? null,
        reason: "bad_value",
        message: `'${target}' cannot be a custom property name (reserved or empty)`,
      });
    }
    if (target?.startsWith(SOURCE_PREFIX) && target.length === SOURCE_PREFIX.length) {
      errors.push({
        row: 0,
        column: headers[i] ?? null,
        reason: "bad_value",
        message: `'${target}' must name the property it cites (source:<property>)`,
      });
    }
    if (
      target &&
      !target.startsWith(PROP_PREFIX) &&
      !target.startsWith(SOURCE_PREFIX) &&
      !entity.fields.some((f) => f.key === target)
    ) {
      errors.push({
        row: 0,
        column: headers[i] ?? null,
        reason: "bad_value",
        message: `'${target}' is not a field of ${entity.key}`,
      });
    }
  });
  return errors;
}

/** Read every row through the entity's zod schema; each problem names the row and the file's column. */
export function validateRows(
  entity: EntityDef,
  table: Table,
  mapping: (string | null)[],
): { rows: ValidRow[]; errors: RowError[] } {
  const schema = rowSchema(entity);
  const columnOf = new Map<string, string>();
  mapping.forEach((key, i) => key && !columnOf.has(key) && columnOf.set(key, table.headers[i] || key));
  const fieldByKey = new Map<string, Field>(entity.fields.map((f) => [f.key, f]));
  const rows: ValidRow[] = [];
  const errors: RowError[] = [];
  for (const { row, cells } of table.rows) {
    const input: Values = {};
    const custom: Record<string, string> = {};
    const citations: Record<string, string> = {};
    mapping.forEach((key, i) => {
      const value = cells[i];
      if (!key || value === undefined || value === null || value === "") return;
      if (key.startsWith(SOURCE_PREFIX)) citations[key.slice(SOURCE_PREFIX.length)] = String(value).trim();
      else if (key.startsWith(PROP_PREFIX)) custom[key.slice(PROP_PREFIX.length)] = String(value).trim();
      else if (input[key] === undefined) input[key] = value;
    });
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? "");
        const value = input[key];
        const field = fieldByKey.get(key);
        errors.push({
          row,
          column: columnOf.get(key) ?? field?.zh ?? key,
          reason: reasonOf(issue, value),
          ...(field ? { field: key } : {}),
          message: value === undefined ? `${field?.zh ?? key} (${key}) is required` : `${key}: ${issue.message}`,
          ...(value !== undefined ? { value: String(value).slice(0, 100) } : {}),
        });
      }
      continue;
    }
    const values = parsed.data as Values;
    const draft = entity.build(values);
    if (draft.node)
      Object.assign(draft.node.content, Object.fromEntries(Object.entries(custom).filter(([k]) => k.trim() !== "")));
    rows.push({
      row,
      draft,
      asOf: values.asOf as string | undefined,
      note: values.note as string | undefined,
      ...(Object.keys(citations).length ? { citations } : {}),
    });
  }
  return { rows, errors };
}
