// Per-value citations in imports: a column mapped to `source:<property>` cites that property's value
// (a URL becomes the claim's url, any other text its note). Pure: no database.
import { Claim, type Claims } from "../../contracts/common";
import { CLAIMS_KEY } from "../../contracts/model";
import { claimsOf } from "../../shared/claims";

export const SOURCE_PREFIX = "source:";
/** Header endings that mark a citation column: "营收 来源", "revenue source", "revenue.source". */
const SOURCE_SUFFIXES = ["来源", "出处", "source", ".source"];

/** "营收来源" → "营收" when the header ends in a citation word (after normalisation), else null. */
export function citedHeader(normalized: string): string | null {
  for (const suffix of SOURCE_SUFFIXES)
    if (normalized.length > suffix.length && normalized.endsWith(suffix))
      return normalized.slice(0, -suffix.length).replace(/\.$/, "");
  return null;
}

interface CitationContext {
  file: string;
  row: number;
  asOf: string;
  by: string;
}

export function citationClaim(text: string, ctx: CitationContext): Claim {
  const value = text.trim();
  const isUrl = /^https?:\/\/\S+$/i.test(value);
  return Claim.parse({
    source: "import",
    basis: "stated",
    file: ctx.file,
    row: ctx.row,
    asOf: ctx.asOf,
    by: ctx.by,
    ...(isUrl ? { url: value } : { note: value }),
  });
}

/**
 * The claims a written item keeps: the stored ones, minus those of properties whose value this import
 * changes (they cited the old value), plus the file's own citations (or the file's claims, for JSON imports).
 * Returns the property to store: { claims: JSON } or { claims: null } to remove it.
 */
export function mergedClaims(
  before: Record<string, unknown> | null,
  changed: string[],
  cited: Claims,
): Record<string, string | null> {
  const stored = typeof before?.[CLAIMS_KEY] === "string" ? (before[CLAIMS_KEY] as string) : null;
  const kept: Claims = { ...(stored ? (claimsOf({ [CLAIMS_KEY]: stored }).claims ?? {}) : {}) };
  const dropped = changed.filter((field) => field in kept);
  if (!dropped.length && !Object.keys(cited).length) return { [CLAIMS_KEY]: stored }; // untouched: stored as it was
  for (const field of dropped) delete kept[field];
  const out = { ...kept, ...cited };
  if (!Object.keys(out).length) return { [CLAIMS_KEY]: null };
  const text = JSON.stringify(out);
  // The same claims as stored (an exported file imported back): keep the stored text, nothing changes.
  const same =
    stored !== null &&
    JSON.stringify(claimsOf({ [CLAIMS_KEY]: stored }).claims) ===
      JSON.stringify(claimsOf({ [CLAIMS_KEY]: text }).claims);
  return { [CLAIMS_KEY]: same ? stored : text };
}
