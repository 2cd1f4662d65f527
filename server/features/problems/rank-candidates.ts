import type { Candidate, CandidatesResponse } from "../../contracts/matching";
import type { Problem } from "../../contracts/problems";
import { prepare } from "../../domain/consortium";
import { LEAD_WEIGHTS, scoreComponents, SOLVER_WEIGHTS, weighted } from "../../domain/candidates/score";
import { problemPool, problemRules, toInstance } from "./match-context";
import type { Snapshot } from "./problems.repo";

const nameEn = (value: string | null) => (value ? { nameEn: value } : {});

/** Solvers and possible leads for a problem, each score broken into its components (pure). */
export function rankCandidates(problem: Problem, snapshot: Snapshot, limit: number): CandidatesResponse {
  const pool = problemPool(problem, snapshot);
  const rules = problemRules(problem);
  const p = prepare(toInstance(problem, pool, rules, 1));
  const poster = problem.poster ? p.all.find((m) => m.id === problem.poster!.id) : undefined;
  const fromPoster = poster ? p.graph.row(poster.index) : null;
  const facts = { requires: problem.requires, chains: problem.chains.map((c) => c.id) };

  const candidates: Candidate[] = pool.orgs.map((org, index) => {
    const hops = fromPoster ? fromPoster[index]! : -1;
    const path = poster && hops >= 0 ? p.graph.path(poster.index, index)!.map((i) => p.all[i]!.id) : [];
    const directTies = poster ? pool.ties.filter((t) => (t.a === org.id && t.b === poster.id) || (t.b === org.id && t.a === poster.id)).map((t) => t.evidence ?? `${t.type}:${t.a}->${t.b}`) : [];
    const components = scoreComponents(org, facts, { hops: hops >= 0 ? hops : null, path, directTies });
    const member = p.all[index]!;
    return {
      id: org.id, name: org.name, kind: org.kind, local: org.local, ...nameEn(org.nameEn), ...(org.district ? { district: org.district } : {}),
      eligible: member.eligible,
      canLead: member.leadKind,
      solverScore: weighted(components, SOLVER_WEIGHTS),
      leadScore: weighted(components, LEAD_WEIGHTS),
      components,
    };
  });
  const ranked = (score: (c: Candidate) => number) => (a: Candidate, b: Candidate) =>
    Number(b.eligible) - Number(a.eligible) || score(b) - score(a) || (a.id < b.id ? -1 : 1);
  return {
    problem: { id: problem.id, name: problem.name, ...(problem.nameEn ? { nameEn: problem.nameEn } : {}) },
    requires: problem.requires,
    weights: { solver: { ...SOLVER_WEIGHTS }, lead: { ...LEAD_WEIGHTS } },
    solvers: candidates.filter((c) => c.components.coverage.weight > 0).sort(ranked((c) => c.solverScore)).slice(0, limit),
    leads: candidates.filter((c) => c.canLead).sort(ranked((c) => c.leadScore)).slice(0, limit),
    uncoverable: p.uncoverable.map((t) => p.techs[t]!),
    poolSize: pool.orgs.length,
  };
}
