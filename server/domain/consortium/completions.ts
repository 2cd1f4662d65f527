import type { Prepared } from "./prepare";

/**
 * Zero-coverage candidates (eligible, holding no required technology), split by the roles they can fill.
 * They never raise coverage, so the only reasons to include one are the lead/research rules — or, further
 * down a top-K list, a consortium that is the optimum plus one extra member (the objective ranks those
 * above any set with less coverage). The exact solver therefore counts their combinations with formulas
 * and enumerates them only for the few classes that reach the top K.
 */
export interface ZeroPool {
  all: number[];
  /** Lead kind and research kind (e.g. a University when universities may lead). */
  both: number;
  leadOnly: number;
  researchOnly: number;
  neither: number;
}

export function zeroPool(p: Prepared): ZeroPool {
  const pool: ZeroPool = { all: p.zeros, both: 0, leadOnly: 0, researchOnly: 0, neither: 0 };
  for (const i of p.zeros) {
    const m = p.all[i]!;
    if (m.leadKind && m.research) pool.both++;
    else if (m.leadKind) pool.leadOnly++;
    else if (m.research) pool.researchOnly++;
    else pool.neither++;
  }
  return pool;
}

/** Fewest zero-coverage members that fill the missing roles (Infinity when they cannot). */
export function minimalNeed(pool: ZeroPool, leadMissing: boolean, researchMissing: boolean): number {
  const lead = pool.both + pool.leadOnly;
  const research = pool.both + pool.researchOnly;
  if (leadMissing && researchMissing)
    return pool.both > 0 ? 1 : pool.leadOnly > 0 && pool.researchOnly > 0 ? 2 : Infinity;
  if (leadMissing) return lead > 0 ? 1 : Infinity;
  if (researchMissing) return research > 0 ? 1 : Infinity;
  return 0;
}

export function binomial(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let out = 1;
  for (let i = 1; i <= k; i++) out = (out * (n - k + i)) / i;
  return Math.round(out);
}

/** How many m-subsets of the pool fill the missing roles (inclusion–exclusion over "no lead", "no research"). */
export function countCompletions(pool: ZeroPool, leadMissing: boolean, researchMissing: boolean, m: number): number {
  const n = pool.all.length;
  let count = binomial(n, m);
  if (leadMissing) count -= binomial(pool.researchOnly + pool.neither, m);
  if (researchMissing) count -= binomial(pool.leadOnly + pool.neither, m);
  if (leadMissing && researchMissing) count += binomial(pool.neither, m);
  return Math.max(0, count);
}

/** Visit every m-subset of the pool that fills the missing roles (the array is reused: copy to keep it). */
export function forEachCompletion(
  p: Prepared,
  pool: ZeroPool,
  leadMissing: boolean,
  researchMissing: boolean,
  m: number,
  visit: (zs: number[]) => void,
): void {
  const picked: number[] = [];
  const zs = pool.all;
  const walk = (start: number, lead: boolean, research: boolean) => {
    if (picked.length === m) {
      if (lead && research) visit(picked);
      return;
    }
    for (let i = start; i <= zs.length - (m - picked.length); i++) {
      const member = p.all[zs[i]!]!;
      picked.push(zs[i]!);
      walk(i + 1, lead || member.leadKind, research || member.research);
      picked.pop();
    }
  };
  walk(0, !leadMissing, !researchMissing);
}
