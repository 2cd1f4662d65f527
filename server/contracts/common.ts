import { z } from "zod";
import { BASES, NODE_KINDS, SOURCES, TIERS } from "./model";

export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/**
 * Where a fact comes from, as the API reports it for every node and link. `basis`: stated | inferred
 * (with `reasoning`) | editorial — absent on data written before basis existed (read as stated). `asOf`:
 * YYYY, YYYY-MM or YYYY-MM-DD (as precise as the source); absent = undated.
 */
export const Provenance = z.object({
  source: z.enum(SOURCES),
  basis: z.enum(BASES).optional(),
  reasoning: z.string().optional(),
  quote: z.string().optional(),
  url: z.string().optional(),
  tier: z.enum(TIERS).optional(),
  file: z.string().optional(),
  row: z.number().optional(),
  asOf: z.string().optional(),
  validFrom: z.string().optional(),
  validTo: z.string().optional(),
  uncertain: z.boolean().optional(),
  note: z.string().optional(),
  by: z.string().optional(),
  documentId: z.string().optional(),
  sha256: z.string().optional(),
  quoteStart: z.number().optional(),
  quoteEnd: z.number().optional(),
  reviewedAt: z.string().optional(),
});
export type Provenance = z.infer<typeof Provenance>;

/**
 * A citation of one property value (or, under the key "*", a re-verification of the whole item). `check`:
 * recorded by the freshness view's re-verify action (who checked against which URL, when).
 */
export const Claim = Provenance.extend({
  check: z.boolean().optional(),
  /** Re-verifications only: what the check found (confirmed | outdated | unreachable). */
  outcome: z.enum(["confirmed", "outdated", "unreachable"]).optional(),
});
export type Claim = z.infer<typeof Claim>;
/** Claims keyed by property name ("*" = the item itself); each a list, oldest first. */
export const Claims = z.record(z.string(), z.array(Claim));
export type Claims = z.infer<typeof Claims>;

const PropValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.union([z.string(), z.number(), z.boolean()])),
]);

export const GraphNode = z.object({
  id: z.string(),
  kind: z.enum(NODE_KINDS),
  name: z.string(),
  nameEn: z.string().optional(),
  /** Number of relationships to other domain nodes (for sizing and "top N by degree"). */
  degree: z.number().optional(),
  props: z.record(z.string(), PropValue),
  provenance: Provenance,
  claims: Claims.optional(),
});
export type GraphNode = z.infer<typeof GraphNode>;

export const GraphLink = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  type: z.string(),
  props: z.record(z.string(), PropValue),
  provenance: Provenance,
  claims: Claims.optional(),
});
export type GraphLink = z.infer<typeof GraphLink>;

export const GraphResponse = z.object({
  nodes: z.array(GraphNode),
  links: z.array(GraphLink),
  meta: z
    .object({
      /** More nodes matched than `limit` allowed. */
      truncated: z.boolean(),
      /** How many matched before the limit (when known). */
      total: z.number().optional(),
    })
    .optional(),
});
export type GraphResponse = z.infer<typeof GraphResponse>;

/** Node ids in paths and query strings: the seed's "kind:slug" form or import ids (no whitespace). */
export const NodeId = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^\s/]+$/, "must be a node id without spaces or slashes");

/** Comma-separated or repeated query values → array (`?kinds=A,B` and `?kinds=A&kinds=B` both work). */
export function csvList<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => {
    if (value === undefined || value === "") return undefined;
    const parts = (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(","));
    const cleaned = parts.map((v) => v.trim()).filter(Boolean);
    return cleaned.length ? cleaned : undefined;
  }, z.array(item).min(1).optional());
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Is `YYYY-MM-DD` a day of the real calendar (no month 13, no 30 February, no year 0)? */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})(?:T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?)?$/;

/** A strict ISO calendar date, `2026-09-30` (a well-formed but impossible date such as 2026-13-45 is a 400). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date like 2026-09-30")
  .refine(isCalendarDate, { message: "is not a real calendar date", params: { rule: "real_date" } });

/** A strict ISO date or date-time: `2026-09-30`, `2026-09-30T08:00`, `2026-09-30T08:00:00.000Z`, `…+08:00`. */
export const IsoDateTime = z
  .string()
  .regex(DATE_TIME, "must be an ISO date (2026-09-30) or date-time (2026-09-30T08:00:00Z)")
  .refine((value) => isCalendarDate(value.slice(0, 10)), "is not a real calendar date");

/**
 * An integer from a query string or path segment: decimal digits only (`0x10`, `1e3`, ` 7` and `` are 400s,
 * where z.coerce.number would read them as 16, 1000, 7 and 0). Documented in OpenAPI as an integer.
 */
export function queryInt(bounds: { min: number; max?: number }) {
  const number = z.number().int().min(bounds.min);
  return z.preprocess(
    (value) => (typeof value === "string" && /^-?\d{1,16}$/.test(value) ? Number(value) : value),
    bounds.max === undefined ? number : number.max(bounds.max),
  );
}
