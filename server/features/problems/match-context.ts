import type { Problem } from "../../contracts/problems";
import type { Instance, Rules } from "../../domain/consortium";
import type { PoolRow, Snapshot, TieRow } from "./problems.repo";

/** One problem's view of a matching snapshot: its candidate pool and the ties among it. */
export interface ProblemPool {
  orgs: PoolRow[];
  ties: TieRow[];
  byId: Map<string, PoolRow>;
}

/**
 * The pool for a problem: candidates holding a required technology, the poster, and every candidate tied to
 * one of those (one hop, so paths through a common partner count). `extra` members (what-if) join without
 * their neighbours, so a what-if never changes the distances the builder used. The same function serves a
 * single-problem snapshot and a snapshot shared by many problems, so both give identical answers.
 */
export function problemPool(problem: Problem, snapshot: Snapshot, extra: string[] = []): ProblemPool {
  const techs = new Set(problem.requires.map((r) => r.id));
  const known = new Map(snapshot.pool.map((o) => [o.id, o]));
  const neighbours = new Map<string, string[]>();
  for (const tie of snapshot.ties) {
    neighbours.set(tie.a, [...(neighbours.get(tie.a) ?? []), tie.b]);
    neighbours.set(tie.b, [...(neighbours.get(tie.b) ?? []), tie.a]);
  }
  const core = snapshot.pool.filter((o) => o.caps.some((c) => techs.has(c.tech))).map((o) => o.id);
  if (problem.poster && known.has(problem.poster.id)) core.push(problem.poster.id);
  const ids = new Set(core);
  for (const id of core) for (const n of neighbours.get(id) ?? []) ids.add(n);
  for (const id of extra) if (known.has(id)) ids.add(id);
  const orgs = [...ids].sort().map((id) => known.get(id)!);
  return {
    orgs,
    ties: snapshot.ties.filter((t) => ids.has(t.a) && ids.has(t.b)),
    byId: new Map(orgs.map((o) => [o.id, o])),
  };
}

/** The solver's instance for this pool (capabilities restricted to the problem's technologies). */
export function toInstance(problem: Problem, pool: ProblemPool, rules: Rules, maxSize: number): Instance {
  const techs = new Set(problem.requires.map((r) => r.id));
  return {
    required: problem.requires.map((r) => ({ tech: r.id, weight: r.weight })),
    candidates: pool.orgs.map((o) => ({
      id: o.id,
      kind: o.kind as Instance["candidates"][number]["kind"],
      local: o.local,
      capabilities: o.caps.filter((c) => techs.has(c.tech)).map((c) => c.tech),
    })),
    ties: pool.ties.map((t) => [t.a, t.b] as [string, string]),
    maxSize,
    rules,
  };
}

export function problemRules(problem: Problem, override: Partial<Rules> = {}): Rules {
  return {
    leadKinds: override.leadKinds ?? problem.leadKinds,
    requireResearchMember: override.requireResearchMember ?? problem.requireResearchMember,
    localOnly: override.localOnly ?? problem.localOnly,
  };
}
