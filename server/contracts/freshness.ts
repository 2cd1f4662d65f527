import { z } from "zod";
import { Claim } from "./common";
import { SOURCES, TIERS } from "./model";

// How old the facts are, and re-verification (issue 13). Pure: zod and date arithmetic only.

/** The last day a partial date can mean: "2014" → 2014-12-31, "2022-03" → 2022-03-31 (never overstate age). */
export function endOf(asOf: string): Date {
  const [y, m, d] = asOf.split("-").map(Number) as [number, number?, number?];
  if (d) return new Date(Date.UTC(y, m! - 1, d));
  if (m) return new Date(Date.UTC(y, m, 0));
  return new Date(Date.UTC(y, 11, 31));
}

/** Whole-and-fractional years from the end of `asOf` to `now` (0 when in the future). */
export function ageInYears(asOf: string, now: Date): number {
  return Math.max(0, (now.getTime() - endOf(asOf).getTime()) / (365.25 * 86_400_000));
}

/** Stale: dated, and older than `years`. Undated facts are not "stale" — their age is unknown (listed apart). */
export function isStale(asOf: string | undefined | null, now: Date, years: number): boolean {
  return typeof asOf === "string" && /^\d{4}/.test(asOf) && ageInYears(asOf, now) > years;
}

/** The date a fact was last known true: its own asOf or a later confirming re-verification. */
export function lastKnown(asOf: string | undefined, checks: Claim[] | undefined): string | undefined {
  const confirmed = (checks ?? []).filter((c) => c.check && c.outcome !== "outdated" && c.asOf).map((c) => c.asOf!);
  return [asOf, ...confirmed]
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1);
}

export const Outcome = z.enum(["confirmed", "outdated", "unreachable"]);

export const FreshnessQuery = z
  .object({
    source: z.enum(SOURCES).optional(),
    tier: z.enum(TIERS).optional(),
    kind: z
      .string()
      .regex(/^[A-Za-z_]+$/)
      .max(40)
      .optional()
      .describe("Node kind or relationship type"),
    limit: z.coerce.number().int().min(1).max(2000).default(200),
  })
  .strict();
export type FreshnessQuery = z.infer<typeof FreshnessQuery>;

export const FactAge = z.object({
  id: z.string(),
  /** Node kind or relationship type. */
  kind: z.string(),
  isLink: z.boolean(),
  name: z.string(),
  source: z.enum(SOURCES),
  tier: z.enum(TIERS).optional(),
  basis: z.string().optional(),
  url: z.string().optional(),
  asOf: z.string().optional(),
  /** The later of asOf and the last confirming re-verification. */
  lastKnown: z.string().optional(),
  ageYears: z.number().nullable(),
  stale: z.boolean(),
  lastCheck: Claim.optional(),
});
export type FactAge = z.infer<typeof FactAge>;

export const FreshnessGroup = z.object({
  source: z.enum(SOURCES),
  tier: z.enum(TIERS).optional(),
  kind: z.string(),
  total: z.number(),
  stale: z.number(),
  undated: z.number(),
  oldest: z.string().optional(),
});

export const OverdueProject = z.object({
  id: z.string(),
  name: z.string(),
  status: z.string(),
  /** planned-date-passed: its plannedBy/validTo is past with no newer status; status-stale: the status itself is stale. */
  reason: z.enum(["planned-date-passed", "status-stale"]),
  plannedBy: z.string().optional(),
  asOf: z.string().optional(),
  url: z.string().optional(),
});

export const FreshnessResponse = z.object({
  staleAfterYears: z.number(),
  today: z.string(),
  totals: z.object({ facts: z.number(), stale: z.number(), undated: z.number() }),
  groups: z.array(FreshnessGroup),
  /** Stale facts first (oldest first), then undated ones, then the rest by age; at most `limit`. */
  facts: z.array(FactAge),
  overdueProjects: z.array(OverdueProject),
});
export type FreshnessResponse = z.infer<typeof FreshnessResponse>;

export const FreshnessSettings = z.object({ staleAfterYears: z.number() });

export const ReverifyBody = z
  .object({
    id: z.string().min(1).max(300).describe("Node id or relationship id"),
    property: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9_]*$/)
      .max(60)
      .optional()
      .describe("A property of the item; absent = the item as a whole"),
    url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).max(1000),
    outcome: Outcome.default("confirmed"),
    note: z.string().trim().max(500).optional(),
  })
  .strict();
export type ReverifyBody = z.infer<typeof ReverifyBody>;

export const ReverifyResponse = z.object({ id: z.string(), property: z.string().optional(), claim: Claim });
