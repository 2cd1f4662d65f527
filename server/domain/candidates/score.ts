// Candidate scores for one problem: five components a planner can read, each with the graph ids behind it.
// Pure; the weights are documented in the README and shown in the UI.

export const SOLVER_WEIGHTS = { coverage: 0.45, evidence: 0.2, proximity: 0.15, locality: 0.1, load: 0.1 } as const;
export const LEAD_WEIGHTS = { coverage: 0.3, evidence: 0.3, proximity: 0.2, locality: 0.1, load: 0.1 } as const;

export interface CandidateFacts {
  id: string;
  local: boolean;
  caps: { tech: string; level: number }[];
  projects: { id: string; techs: string[] }[];
  platforms: { id: string; techs: string[]; chains: string[] }[];
  consortia: string[];
}

export interface ProblemFacts {
  requires: { id: string; weight: number }[];
  chains: string[];
}

export interface Closeness {
  /** Hops from the poster in the tie graph (0 = the poster itself), null when unconnected. */
  hops: number | null;
  /** Node ids on the shortest path from the poster. */
  path: string[];
  /** Evidence of direct ties with the poster (relationship or shared-project ids). */
  directTies: string[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function scoreComponents(org: CandidateFacts, problem: ProblemFacts, closeness: Closeness) {
  const required = new Map(problem.requires.map((r) => [r.id, r.weight]));
  const total = problem.requires.reduce((sum, r) => sum + r.weight, 0);
  const held = org.caps.filter((c) => required.has(c.tech));
  const techs = [...new Set(held.map((c) => c.tech))];
  const weight = techs.reduce((sum, t) => sum + required.get(t)!, 0);
  const level = held.length ? held.reduce((sum, c) => sum + Math.min(3, Math.max(1, c.level)), 0) / held.length : 0;
  const projects = org.projects.filter((p) => p.techs.some((t) => required.has(t))).map((p) => p.id);
  const chains = new Set(problem.chains);
  const platforms = org.platforms.filter((p) => p.techs.some((t) => required.has(t)) || p.chains.some((c) => chains.has(c))).map((p) => p.id);
  // Capability level counts most; two relevant projects or one relevant platform saturate their parts.
  const evidence = 0.5 * (level / 3) + 0.3 * Math.min(1, projects.length / 2) + 0.2 * Math.min(1, platforms.length);
  const proximity = closeness.hops === null ? 0 : closeness.hops === 0 ? 1 : 1 / closeness.hops;
  return {
    coverage: { score: round(total > 0 ? weight / total : 0), weight, techs, evidence: techs },
    evidence: { score: round(evidence), level: round(level), projects, platforms, evidence: [...projects, ...platforms, ...techs] },
    proximity: { score: round(proximity), hops: closeness.hops, isPoster: closeness.hops === 0, directTies: closeness.directTies, evidence: closeness.path },
    locality: { score: org.local ? 1 : 0, local: org.local, evidence: [org.id] },
    load: { score: round(1 / (1 + org.consortia.length)), openConsortia: org.consortia, evidence: org.consortia },
  };
}

export type Components = ReturnType<typeof scoreComponents>;

export function weighted(components: Components, weights: Record<keyof Components, number>): number {
  let sum = 0;
  for (const key of Object.keys(weights) as (keyof Components)[]) sum += weights[key] * components[key].score;
  return round(sum);
}
