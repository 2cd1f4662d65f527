import { BestList } from "./best-list";
import { ClassCounts, tighter, type RankClass } from "./class-counts";
import { countCompletions, forEachCompletion, minimalNeed, zeroPool } from "./completions";
import { compareClass, compareScored, type Scored } from "./objective";
import { byId, type Prepared } from "./prepare";

interface Bucket {
  holders: number[];
  coveredWeight: number;
  /** How many zero-coverage members complete it. */
  extra: number;
  leadMissing: boolean;
  researchMissing: boolean;
}

/**
 * Provably optimal top K. Every consortium splits uniquely into H' (its members holding a required
 * technology) and Z' (the rest). A depth-first search enumerates H' over the holders (at most 25),
 * pruned with a coverage upper bound; for each H' the completions by zero-coverage candidates are COUNTED
 * per size with a closed formula (they add no coverage, only fill the lead/research rules or pad the size).
 * Counting per rank class (coverage, size) tells which class holds the K-th best consortium; branches
 * whose best reachable class is worse are pruned. Only the buckets in classes up to that cutoff are then
 * enumerated member by member, and ordered by MST cost and ids. `hint` (e.g. the heuristic's K-th class)
 * is a valid starting cutoff because it comes from K real feasible consortia.
 */
export function solveExact(p: Prepared, k: number, hint: RankClass | null = null): Scored[] {
  const pool = zeroPool(p);
  const holders = [...p.holders].sort(
    (a, b) => p.all[b]!.ownWeight - p.all[a]!.ownWeight || byId(p.all[a]!.id, p.all[b]!.id),
  );
  const counts = new ClassCounts(k);
  const buckets: (Bucket & RankClass)[] = [];
  const coverCount = new Int32Array(p.techs.length);
  const chosen: number[] = [];
  let leadCount = 0;
  let researchCount = 0;
  const cutoff = () => tighter(counts.cutoff(), hint);

  const exactWeight = () => {
    let sum = 0;
    for (let t = 0; t < coverCount.length; t++) if (coverCount[t]! > 0) sum += p.weights[t]!;
    return sum;
  };

  const record = () => {
    const leadMissing = leadCount === 0;
    const researchMissing = p.rules.requireResearchMember && researchCount === 0;
    const coveredWeight = exactWeight();
    for (let extra = minimalNeed(pool, leadMissing, researchMissing); chosen.length + extra <= p.maxSize; extra++) {
      const cls = { coveredWeight, size: chosen.length + extra };
      const limit = cutoff();
      if (limit && compareClass(cls, limit) > 0) break;
      const count = countCompletions(pool, leadMissing, researchMissing, extra);
      if (count === 0) continue;
      buckets.push({ ...cls, holders: [...chosen], extra, leadMissing, researchMissing });
      counts.add(cls, count);
    }
  };

  /** Coverage upper bound: current weight plus the `slots` largest marginal gains among holders[from..]. */
  const upperBound = (from: number, slots: number) => {
    const gains: number[] = [];
    for (let j = from; j < holders.length; j++) {
      let gain = 0;
      for (const t of p.all[holders[j]!]!.techs) if (coverCount[t] === 0) gain += p.weights[t]!;
      if (gain > 0) gains.push(gain);
    }
    gains.sort((a, b) => b - a);
    let bound = exactWeight();
    for (let i = 0; i < Math.min(slots, gains.length); i++) bound += gains[i]!;
    return bound;
  };

  const toggle = (member: number, delta: 1 | -1) => {
    const m = p.all[member]!;
    for (const t of m.techs) coverCount[t]! += delta;
    if (m.leadKind) leadCount += delta;
    if (m.research) researchCount += delta;
    if (delta > 0) chosen.push(member);
    else chosen.pop();
  };

  const search = (from: number) => {
    record();
    if (chosen.length === p.maxSize) return;
    for (let j = from; j < holders.length; j++) {
      toggle(holders[j]!, 1);
      const limit = cutoff();
      const best = { coveredWeight: upperBound(j + 1, p.maxSize - chosen.length), size: chosen.length };
      if (!limit || compareClass(best, limit) <= 0) search(j + 1);
      toggle(holders[j]!, -1);
    }
  };
  search(0);

  const limit = counts.cutoff();
  // Classes better than the cutoff hold fewer than K consortia in all: every one of them is in the answer.
  // The cutoff class may hold many; only its best (by cost, then ids) are kept.
  const better = new BestList(p, Number.MAX_SAFE_INTEGER);
  const atCutoff = new BestList(p, k);
  for (const bucket of buckets) {
    const order = limit ? compareClass(bucket, limit) : -1;
    if (order > 0) continue;
    const target = order === 0 ? atCutoff : better;
    forEachCompletion(p, pool, bucket.leadMissing, bucket.researchMissing, bucket.extra, (zs) => {
      target.offer([...bucket.holders, ...zs], bucket.coveredWeight);
    });
  }
  return [...better.items, ...atCutoff.items].sort(compareScored).slice(0, k);
}
