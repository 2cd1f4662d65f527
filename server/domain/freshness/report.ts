// The freshness report from plain rows (pure): facts by age per source tier and kind, stale ones first,
// and unfinished projects whose planned date has passed without a newer status.
import type { Claim } from "../../contracts/common";
import { ageInYears, endOf, isStale, lastKnown, type FactAge, type FreshnessResponse } from "../../contracts/freshness";
import { SOURCES, TIERS } from "../../contracts/model";

export interface FactInput {
  id: string;
  kind: string;
  isLink: boolean;
  name: string;
  source: string | null;
  tier: string | null;
  basis: string | null;
  url: string | null;
  asOf: string | null;
  checks: Claim[];
}
export interface ProjectInput {
  id: string;
  name: string;
  status: string;
  plannedBy: string | null;
  asOf: string | null;
  url: string | null;
  checks: Claim[];
}
export interface ReportOptions {
  now: Date;
  staleAfterYears: number;
  limit: number;
  source?: string;
  tier?: string;
  kind?: string;
}

const known = <T extends string>(list: readonly T[], v: string | null): T | undefined =>
  v && (list as readonly string[]).includes(v) ? (v as T) : undefined;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

function factAge(f: FactInput, o: ReportOptions): FactAge {
  const last = lastKnown(f.asOf ?? undefined, f.checks);
  const lastCheck = f.checks.filter((c) => c.check).at(-1);
  return {
    id: f.id,
    kind: f.kind,
    isLink: f.isLink,
    name: f.name,
    source: known(SOURCES, f.source) ?? "import",
    ...(known(TIERS, f.tier) ? { tier: known(TIERS, f.tier) } : {}),
    ...(f.basis ? { basis: f.basis } : {}),
    ...(f.url ? { url: f.url } : {}),
    ...(f.asOf ? { asOf: f.asOf } : {}),
    ...(last ? { lastKnown: last } : {}),
    ageYears: last ? Math.round(ageInYears(last, o.now) * 10) / 10 : null,
    stale: isStale(last, o.now, o.staleAfterYears),
    ...(lastCheck ? { lastCheck } : {}),
  };
}

/** Stale first (oldest first), then undated, then the rest oldest first; ties by id. */
function order(a: FactAge, b: FactAge): number {
  const rank = (f: FactAge) => (f.stale ? 0 : f.ageYears === null ? 1 : 2);
  return rank(a) - rank(b) || (b.ageYears ?? 0) - (a.ageYears ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function freshnessReport(facts: FactInput[], projects: ProjectInput[], o: ReportOptions): FreshnessResponse {
  const all = facts.map((f) => factAge(f, o));
  const chosen = all.filter(
    (f) => (!o.source || f.source === o.source) && (!o.tier || f.tier === o.tier) && (!o.kind || f.kind === o.kind),
  );
  const groups = new Map<string, FreshnessResponse["groups"][number]>();
  for (const f of chosen) {
    const key = `${f.source}|${f.tier ?? ""}|${f.kind}`;
    const g = groups.get(key) ?? {
      source: f.source,
      ...(f.tier ? { tier: f.tier } : {}),
      kind: f.kind,
      total: 0,
      stale: 0,
      undated: 0,
    };
    g.total++;
    if (f.stale) g.stale++;
    if (f.ageYears === null) g.undated++;
    if (f.lastKnown && (!g.oldest || f.lastKnown < g.oldest)) g.oldest = f.lastKnown;
    groups.set(key, g);
  }
  const overdue: FreshnessResponse["overdueProjects"] = [];
  for (const p of projects) {
    const last = lastKnown(p.asOf ?? undefined, p.checks);
    const base = {
      id: p.id,
      name: p.name,
      status: p.status,
      ...(p.plannedBy ? { plannedBy: p.plannedBy } : {}),
      ...(last ? { asOf: last } : {}),
      ...(p.url ? { url: p.url } : {}),
    };
    // planned date passed, and nothing (own date or a confirming check) is newer than that date
    if (p.plannedBy && endOf(p.plannedBy) < o.now && !(last && last > p.plannedBy))
      overdue.push({ ...base, reason: "planned-date-passed" });
    else if (isStale(last, o.now, o.staleAfterYears)) overdue.push({ ...base, reason: "status-stale" });
  }
  return {
    staleAfterYears: o.staleAfterYears,
    today: isoDay(o.now),
    totals: {
      facts: chosen.length,
      stale: chosen.filter((f) => f.stale).length,
      undated: chosen.filter((f) => f.ageYears === null).length,
    },
    groups: [...groups.values()].sort((a, b) => b.stale - a.stale || b.total - a.total || a.kind.localeCompare(b.kind)),
    facts: chosen.sort(order).slice(0, o.limit),
    overdueProjects: overdue.sort((a, b) =>
      a.reason === b.reason
        ? (a.plannedBy ?? a.asOf ?? "").localeCompare(b.plannedBy ?? b.asOf ?? "")
        : a.reason === "planned-date-passed"
          ? -1
          : 1,
    ),
  };
}
