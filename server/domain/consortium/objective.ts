import type { ConsortiumResult } from "./instance";
import { byId, type Prepared } from "./prepare";

/** A consortium with the four criteria of the objective. `members` are indices sorted by id. */
export interface Scored {
  members: number[];
  ids: string[];
  coveredWeight: number;
  size: number;
  cost: number;
}

/** Weights are decimals: sums of the same numbers in a different order may differ in the last bit. */
const EPS = 1e-9;

export function sameWeight(a: number, b: number): boolean {
  return Math.abs(a - b) <= EPS * Math.max(1, Math.abs(a), Math.abs(b));
}

/** The first two criteria: more covered weight first, then fewer members. Negative when `a` ranks first. */
export function compareClass(
  a: { coveredWeight: number; size: number },
  b: { coveredWeight: number; size: number },
): number {
  if (!sameWeight(a.coveredWeight, b.coveredWeight)) return b.coveredWeight - a.coveredWeight;
  return a.size - b.size;
}

export function compareIds(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const order = byId(a[i]!, b[i]!);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

/**
 * The objective, lexicographically: (1) covered weight, descending; (2) size, ascending; (3) MST
 * communication cost, ascending; (4) the sorted member id list, ascending (so the order is total).
 */
export function compareScored(a: Scored, b: Scored): number {
  return compareClass(a, b) || a.cost - b.cost || compareIds(a.ids, b.ids);
}

/** Covered weight, summed in technology order so equal covered sets give bit-identical sums. */
export function coveredWeight(p: Prepared, members: readonly number[]): number {
  const covered = new Uint8Array(p.techs.length);
  for (const m of members) for (const t of p.all[m]!.techs) covered[t] = 1;
  let sum = 0;
  for (let t = 0; t < covered.length; t++) if (covered[t]) sum += p.weights[t]!;
  return sum;
}

export function sortById(p: Prepared, members: readonly number[]): number[] {
  return [...members].sort((a, b) => byId(p.all[a]!.id, p.all[b]!.id));
}

export function score(p: Prepared, members: readonly number[], weight = coveredWeight(p, members)): Scored {
  const sorted = sortById(p, members);
  return {
    members: sorted,
    ids: sorted.map((m) => p.all[m]!.id),
    coveredWeight: weight,
    size: sorted.length,
    cost: p.graph.treeCost(sorted),
  };
}

/** The lead: the member of a lead kind covering the most required weight on its own; ties → smallest id. */
export function leadOf(p: Prepared, members: readonly number[]): number | null {
  let lead: number | null = null;
  for (const m of sortById(p, members)) {
    const member = p.all[m]!;
    if (!member.leadKind) continue;
    if (lead === null || member.ownWeight > p.all[lead]!.ownWeight + EPS * Math.max(1, member.ownWeight)) lead = m;
  }
  return lead;
}

export function toResult(p: Prepared, scored: Scored): ConsortiumResult {
  const covered = new Set(scored.members.flatMap((m) => p.all[m]!.techs));
  const lead = leadOf(p, scored.members);
  return {
    lead: lead === null ? "" : p.all[lead]!.id,
    members: scored.ids,
    covered: p.techs.filter((_, t) => covered.has(t)),
    uncovered: p.techs.filter((_, t) => !covered.has(t)),
    coveredWeight: scored.coveredWeight,
    size: scored.size,
    cost: scored.cost,
  };
}
