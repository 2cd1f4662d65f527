import type { BuildResponse, EvaluateResponse } from "../../contracts/matching";
import { evaluate, solvePrepared } from "../../domain/consortium";
import { consortiumView } from "./consortium-view";
import type { MatchContext, ProblemPool } from "./match-context";

function names(pool: ProblemPool, ids: Iterable<string>) {
  return [...new Set(ids)].sort().map((id) => {
    const org = pool.byId.get(id)!;
    return { id, name: org.name, kind: org.kind, local: org.local, ...(org.nameEn ? { nameEn: org.nameEn } : {}) };
  });
}

/** The top-K consortia for a problem (pure; the API and the batch path share it). */
export function buildConsortia(ctx: MatchContext, k: number): BuildResponse {
  const { problem, pool, prepared, rules } = ctx;
  const solution = solvePrepared(prepared, { k });
  const consortia = solution.scored.map((s) => consortiumView(prepared, pool, s));
  const techs = new Map(problem.requires.map((r) => [r.id, r]));
  return {
    problem: { id: problem.id, name: problem.name, ...(problem.nameEn ? { nameEn: problem.nameEn } : {}) },
    requires: problem.requires,
    rules: { ...rules, maxSize: prepared.maxSize },
    k,
    exact: solution.exact,
    holders: prepared.holders.length,
    poolSize: pool.orgs.length,
    consortia,
    reason: solution.reason,
    gaps: solution.uncoverable.map((id) => ({ ...techs.get(id)!, link: `/chains?tech=${encodeURIComponent(id)}` })),
    orgs: names(
      pool,
      consortia.flatMap((c) => [...c.members.map((m) => m.id), ...c.tree.flatMap((e) => e.path)]),
    ),
  };
}

/** What-if: the figures and broken rules for a member list the planner edited (pure). */
export function evaluateMembers(ctx: MatchContext, members: string[]): EvaluateResponse {
  const { scored, violations } = evaluate(ctx.prepared, members);
  return { consortium: consortiumView(ctx.prepared, ctx.pool, scored), feasible: violations.length === 0, violations };
}
