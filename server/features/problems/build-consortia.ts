import type { BuildRequest, BuildResponse, EvaluateResponse } from "../../contracts/matching";
import type { Problem } from "../../contracts/problems";
import { evaluate, solve } from "../../domain/consortium";
import { consortiumView } from "./consortium-view";
import { problemPool, problemRules, toInstance, type ProblemPool } from "./match-context";
import type { Snapshot } from "./problems.repo";

function names(pool: ProblemPool, ids: Iterable<string>) {
  return [...new Set(ids)].sort().map((id) => {
    const org = pool.byId.get(id)!;
    return { id, name: org.name, kind: org.kind, local: org.local, ...(org.nameEn ? { nameEn: org.nameEn } : {}) };
  });
}

/** The top-K consortia for a problem from a snapshot (pure; the API and the batch bench share it). */
export function buildConsortia(problem: Problem, snapshot: Snapshot, request: BuildRequest): BuildResponse {
  const pool = problemPool(problem, snapshot);
  const rules = problemRules(problem, request.rules);
  const solution = solve(toInstance(problem, pool, rules, request.maxSize), { k: request.k });
  const consortia = solution.scored.map((s) => consortiumView(solution.prepared, pool, s));
  const techs = new Map(problem.requires.map((r) => [r.id, r]));
  return {
    problem: { id: problem.id, name: problem.name, ...(problem.nameEn ? { nameEn: problem.nameEn } : {}) },
    requires: problem.requires,
    rules: { ...rules, maxSize: request.maxSize },
    k: request.k,
    exact: solution.exact,
    holders: solution.prepared.holders.length,
    poolSize: pool.orgs.length,
    consortia,
    reason: solution.reason,
    gaps: solution.uncoverable.map((id) => ({ ...techs.get(id)!, link: `/chains?tech=${encodeURIComponent(id)}` })),
    orgs: names(pool, consortia.flatMap((c) => [...c.members.map((m) => m.id), ...c.tree.flatMap((e) => e.path)])),
  };
}

/** What-if: the figures and broken rules for a member list the planner edited (pure). */
export function evaluateMembers(problem: Problem, snapshot: Snapshot, members: string[], request: Omit<BuildRequest, "k">): EvaluateResponse {
  const pool = problemPool(problem, snapshot, members);
  const rules = problemRules(problem, request.rules);
  const { scored, violations, prepared } = evaluate(toInstance(problem, pool, rules, request.maxSize), members);
  return {
    consortium: consortiumView(prepared, pool, scored),
    feasible: violations.length === 0,
    violations: violations as EvaluateResponse["violations"],
  };
}
