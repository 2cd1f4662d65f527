import type { RankClass } from "./class-counts";
import { solveExact } from "./exact";
import { solveHeuristic } from "./heuristic";
import { EXACT_LIMIT, type ConsortiumResult, type Infeasibility, type Instance } from "./instance";
import { compareScored, score, toResult, type Scored } from "./objective";
import { infeasibility, prepare, violations, type Prepared } from "./prepare";

export * from "./instance";
export { prepare, prepareIndexed, type Prepared, type Violation } from "./prepare";
export { minimumSpanningTree } from "./mst";

export interface SolveOptions {
  k: number;
  /** auto: exact when at most 25 eligible candidates hold a required technology, else heuristic. */
  mode?: "auto" | "exact" | "heuristic";
}

export interface Solution {
  consortia: ConsortiumResult[];
  exact: boolean;
  /** Required technologies no eligible candidate holds: a gap in the chain, not an error. */
  uncoverable: string[];
  /** Set when no consortium satisfies the rules at all (consortia is then empty). */
  reason: Infeasibility | null;
  prepared: Prepared;
  scored: Scored[];
}

/** The consortium builder (shared by the API and the CLI). */
export function solve(instance: Instance, options: SolveOptions): Solution {
  return solvePrepared(prepare(instance), options);
}

/** The builder on an already indexed instance (the API indexes a pool once for ranking and building). */
export function solvePrepared(p: Prepared, options: SolveOptions): Solution {
  const reason = infeasibility(p);
  const exact = options.mode === "exact" || (options.mode !== "heuristic" && p.holders.length <= EXACT_LIMIT);
  let scored: Scored[] = [];
  if (!reason) {
    // The heuristic is cheap; its K-th result is a valid starting cutoff that lets the exact search prune early.
    const heuristic = solveHeuristic(p, options.k);
    scored = exact ? solveExact(p, options.k, kthClass(heuristic, options.k)) : heuristic;
  }
  return {
    consortia: scored.map((s) => toResult(p, s)),
    exact,
    uncoverable: p.uncoverable.map((t) => p.techs[t]!),
    reason,
    prepared: p,
    scored,
  };
}

/** The rank class of the K-th of K real feasible consortia: a valid starting cutoff for the exact search. */
function kthClass(found: Scored[], k: number): RankClass | null {
  if (found.length < k) return null;
  const kth = [...found].sort(compareScored)[k - 1]!;
  return { coveredWeight: kth.coveredWeight, size: kth.size };
}

/** What-if: the objective's figures and broken rules for any given member list. */
export function evaluate(p: Prepared, memberIds: string[]) {
  const index = new Map(p.all.map((m) => [m.id, m.index]));
  const members = memberIds.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
  const scored = score(p, members);
  return { result: toResult(p, scored), violations: violations(p, members), scored };
}
