// Candidate scores for one problem: five components a planner can read, each with the graph ids behind it.
// Pure; the weights are documented in docs/matching.md and shown in the UI.

export const SOLVER_WEIGHTS = { coverage: 0.45, evidence: 0.2, proximity: 0.15, locality: 0.1, load: 0.1 } as const;
export const LEAD_WEIGHTS = { coverage: 0.3, evidence: 0.3, proximity: 0.2, locality: 0.1, load: 0.1 } as const;
export type Part = keyof typeof SOLVER_WEIGHTS;

export interface CandidateFacts {
  id: string;
  local: boolean;
  caps: { tech: string; level: number }[];
  projects: { id: string; techs: string[] }[];
  platforms: { id: string; techs: string[]; chains: string[] }[];
  consortia: string[];
}

/** The problem side, indexed once and shared by every candidate. */
export interface ProblemFacts {
  required: Map<string, number>;
  total: number;
  chains: Set<string>;
}

export function problemFacts(requires: { id: string; weight: number }[], chains: string[]): ProblemFacts {
  return {
    required: new Map(requires.map((r) => [r.id, r.weight])),
    total: requires.reduce((s, r) => s + r.weight, 0),
    chains: new Set(chains),
  };
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
const relevantProject = (f: ProblemFacts) => (p: CandidateFacts["projects"][number]) =>
  p.techs.some((t) => f.required.has(t));
const relevantPlatform = (f: ProblemFacts) => (p: CandidateFacts["platforms"][number]) =>
  p.techs.some((t) => f.required.has(t)) || p.chains.some((c) => f.chains.has(c));

/** The five scores (0..1) without building evidence lists: cheap enough for every organisation of a pool. */
export function partScores(org: CandidateFacts, f: ProblemFacts, hops: number | null) {
  let weight = 0;
  let levels = 0;
  let held = 0;
  for (const cap of org.caps) {
    const w = f.required.get(cap.tech);
    if (w === undefined) continue;
    weight += w;
    levels += Math.min(3, Math.max(1, cap.level));
    held++;
  }
  const level = held ? levels / held : 0;
  let projects = 0;
  for (const project of org.projects) if (relevantProject(f)(project)) projects++;
  let platforms = 0;
  for (const platform of org.platforms) if (relevantPlatform(f)(platform)) platforms++;
  return {
    weight,
    level: round(level),
    scores: componentScores(weight, f.total, level, projects, platforms, hops, org.local, org.consortia.length),
  };
}

/**
 * The five scores from plain counts (the one formula: partScores and the batch's ranking both use it).
 * Capability level counts most; two relevant projects or one relevant platform saturate their parts.
 */
export function componentScores(
  weight: number,
  total: number,
  level: number,
  projects: number,
  platforms: number,
  hops: number | null,
  local: boolean,
  openConsortia: number,
): Record<Part, number> {
  const evidence = 0.5 * (level / 3) + 0.3 * Math.min(1, projects / 2) + 0.2 * Math.min(1, platforms);
  return {
    coverage: round(total > 0 ? weight / total : 0),
    evidence: round(evidence),
    proximity: round(hops === null ? 0 : hops === 0 ? 1 : 1 / hops),
    locality: local ? 1 : 0,
    load: round(1 / (1 + openConsortia)),
  };
}

const PARTS = Object.keys(SOLVER_WEIGHTS) as Part[];

export function weighted(scores: Record<Part, number>, weights: Record<Part, number>): number {
  let sum = 0;
  for (const key of PARTS) sum += weights[key] * scores[key];
  return round(sum);
}

/** The components with their evidence ids (for the candidates a planner actually sees). */
export function scoreComponents(org: CandidateFacts, f: ProblemFacts, closeness: Closeness) {
  const { weight, level, scores } = partScores(org, f, closeness.hops);
  const techs = [...new Set(org.caps.filter((c) => f.required.has(c.tech)).map((c) => c.tech))];
  const projects = org.projects.filter(relevantProject(f)).map((p) => p.id);
  const platforms = org.platforms.filter(relevantPlatform(f)).map((p) => p.id);
  return {
    coverage: { score: scores.coverage, weight, techs, evidence: techs },
    evidence: { score: scores.evidence, level, projects, platforms, evidence: [...projects, ...platforms, ...techs] },
    proximity: {
      score: scores.proximity,
      hops: closeness.hops,
      isPoster: closeness.hops === 0,
      directTies: closeness.directTies,
      evidence: closeness.path,
    },
    locality: { score: scores.locality, local: org.local, evidence: [org.id] },
    load: { score: scores.load, openConsortia: org.consortia, evidence: org.consortia },
  };
}
