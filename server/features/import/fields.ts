import { z } from "zod";
import { isCalendarDate } from "../../contracts/common";
import type { FieldSpec } from "../../contracts/import";
import type { NodeKind } from "../../contracts/model";

/** A field of an import template, with how its cell text is read (zod) — see entities.ts. */
export interface Field extends FieldSpec {
  schema: z.ZodType;
}

type Base = Omit<FieldSpec, "type" | "required" | "values" | "refKinds"> & { required?: boolean };

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/** Cell text as typed; our own CSV exports prefix formula-like text with ' — taken off again here. */
function clean(v: unknown): unknown {
  if (typeof v !== "string") return v;
  const t = v.trim();
  return /^'[=+\-@]/.test(t) ? t.slice(1) : t;
}

const LIST_SEPARATORS = /[;；、|\n]/;
export function splitList(v: unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => String(x).trim()).filter(Boolean);
  return typeof v === "string"
    ? v
        .split(LIST_SEPARATORS)
        .map((x) => x.trim())
        .filter(Boolean)
    : v;
}

function toNumber(v: unknown): unknown {
  if (typeof v !== "string") return v;
  const t = v.replace(/[,，\s]/g, "");
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : v;
}

const TRUE = new Set(["true", "yes", "y", "1", "是", "对", "√", "✓", "本地"]);
const FALSE = new Set(["false", "no", "n", "0", "否", "不是", "×", "✗", "外地", "非本地"]);
function toBoolean(v: unknown): unknown {
  if (typeof v !== "string") return v;
  const t = v.toLowerCase();
  return TRUE.has(t) ? true : FALSE.has(t) ? false : v;
}

/** 2024-1-5, 2024/1/5, 2024.1.5, 2024年1月5日 → 2024-01-05 (an Excel date cell already reads as YYYY-MM-DD). */
function toIsoDate(v: unknown): unknown {
  if (typeof v !== "string") return v;
  const m =
    /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(v.slice(0, 11).replace(/T.*$/, "")) ??
    /^(\d{4})-(\d{2})-(\d{2})T/.exec(v);
  return m ? `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}` : v;
}

const validDate = isCalendarDate;

/** Blank → undefined before the type is checked, so "" is "missing", not "bad type". */
function cell(schema: z.ZodType, normalize: (v: unknown) => unknown, required: boolean): z.ZodType {
  return z.preprocess(
    (v) => (isBlank(clean(v)) ? undefined : normalize(clean(v))),
    required ? schema : schema.optional(),
  );
}

const text = (max = 2000) => z.string({ error: "expected text" }).max(max);

export const f = {
  string: (base: Base & { max?: number }): Field => ({
    ...base,
    type: "string",
    required: !!base.required,
    schema: cell(text(base.max), (v) => (typeof v === "number" ? String(v) : v), !!base.required),
  }),
  /** One rule, stated whole: "expected a whole number from 1 to 3" (not "expected a whole number" for 5). */
  integer: (base: Base & { min?: number; max?: number }): Field => {
    const min = base.min ?? -1e12;
    const max = base.max ?? 1e12;
    const rule =
      base.min !== undefined && base.max !== undefined
        ? `expected a whole number from ${min} to ${max}`
        : "expected a whole number";
    return {
      ...base,
      type: "integer",
      required: !!base.required,
      schema: cell(
        z.number({ error: rule }).refine((v) => Number.isInteger(v) && v >= min && v <= max, rule),
        toNumber,
        !!base.required,
      ),
    };
  },
  number: (base: Base & { min?: number }): Field => ({
    ...base,
    type: "number",
    required: !!base.required,
    schema: cell(z.number({ error: "expected a number" }).min(base.min ?? -1e15), toNumber, !!base.required),
  }),
  boolean: (base: Base): Field => ({
    ...base,
    type: "boolean",
    required: !!base.required,
    schema: cell(z.boolean({ error: "expected 是/否 (true/false)" }), toBoolean, !!base.required),
  }),
  date: (base: Base): Field => ({
    ...base,
    type: "date",
    required: !!base.required,
    schema: cell(
      text(10)
        .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date YYYY-MM-DD")
        .refine(validDate, "no such date"),
      toIsoDate,
      !!base.required,
    ),
  }),
  list: (base: Base): Field => ({
    ...base,
    type: "list",
    required: !!base.required,
    schema: cell(z.array(text(300)).min(1), splitList, !!base.required),
  }),
  /** `synonyms` maps Chinese (or other) spellings to the stored value. */
  enum: (base: Base & { values: readonly string[]; synonyms?: Record<string, string> }): Field => {
    const lookup = new Map<string, string>();
    for (const value of base.values) lookup.set(value.toLowerCase(), value);
    for (const [word, value] of Object.entries(base.synonyms ?? {})) lookup.set(word.toLowerCase(), value);
    const { synonyms: _s, ...rest } = base;
    return {
      ...rest,
      type: "enum",
      values: [...base.values],
      required: !!base.required,
      schema: cell(
        z.enum(base.values as [string, ...string[]], { error: `expected one of ${base.values.join(", ")}` }),
        (v) => (typeof v === "string" ? (lookup.get(v.toLowerCase()) ?? v) : v),
        !!base.required,
      ),
    };
  },
  ref: (base: Base & { kinds: readonly NodeKind[] }): Field => {
    const { kinds, ...rest } = base;
    return {
      ...rest,
      type: "ref",
      refKinds: [...kinds],
      required: !!base.required,
      schema: cell(text(200), (v) => (typeof v === "number" ? String(v) : v), !!base.required),
    };
  },
  refs: (base: Base & { kinds: readonly NodeKind[] }): Field => {
    const { kinds, ...rest } = base;
    return {
      ...rest,
      type: "refs",
      refKinds: [...kinds],
      required: !!base.required,
      schema: cell(z.array(text(200)).min(1), splitList, !!base.required),
    };
  },
};

/** Every entity ends with these: the as-of date of the facts and a note (both provenance). */
export const PROVENANCE_FIELDS: Field[] = [
  f.date({
    key: "asOf",
    zh: "截至日期",
    en: "As of",
    descriptionZh: "数据截至日期（默认导入当天）",
    descriptionEn: "Date the facts are true as of (default: the import day)",
    example: "2025-03-07",
  }),
  f.string({
    key: "note",
    zh: "备注",
    en: "Note",
    descriptionZh: "出处说明或备注",
    descriptionEn: "Where it comes from, or a remark",
    example: "2025年企业调查表",
  }),
];
