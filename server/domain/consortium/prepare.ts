import { TieGraph } from "./distances";
import { RESEARCH_KINDS, type CandidateKind, type Infeasibility, type Instance, type Rules } from "./instance";

export interface Member {
  /** Position in instance.candidates (also its node in the tie graph). */
  index: number;
  id: string;
  kind: CandidateKind;
  local: boolean;
  /** Indices into `required` of the technologies this candidate holds. */
  techs: number[];
  /** Required weight this candidate covers on its own (used to pick the lead). */
  ownWeight: number;
  leadKind: boolean;
  research: boolean;
  eligible: boolean;
}

/** An instance indexed for solving: technologies by position, candidates with their roles and coverage. */
export interface Prepared {
  techs: string[];
  weights: number[];
  totalWeight: number;
  all: Member[];
  /** Eligible candidates that hold at least one required technology (indices into `all`). */
  holders: number[];
  /** Eligible candidates holding none: they never add coverage, but may be needed as lead or research member. */
  zeros: number[];
  graph: TieGraph;
  rules: Rules;
  maxSize: number;
  /** Required technologies no eligible candidate holds (index order). */
  uncoverable: number[];
}

/** Plain code-unit order (not locale order), so every machine sorts ids the same way. */
export const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** An instance with technologies and ties already as positions (what the API builds from a graph pool). */
export interface IndexedInstance {
  techs: string[];
  weights: number[];
  /** `techs`: positions in `techs` of the required technologies held (others dropped). */
  candidates: { id: string; kind: CandidateKind; local: boolean; techs: number[] }[];
  /** Tie ends as positions: pairs, or flat (edge e joins [2e] and [2e + 1]). */
  edges: readonly (readonly [number, number])[] | Int32Array;
  rules: Rules;
  maxSize: number;
}

/** The CLI's instance (ids everywhere) → positions; then the same indexing as the API's pools. */
export function prepare(instance: Instance): Prepared {
  const techs = instance.required.map((r) => r.tech);
  const techIndex = new Map(techs.map((tech, i) => [tech, i]));
  const position = new Map(instance.candidates.map((c, i) => [c.id, i]));
  return prepareIndexed({
    techs,
    weights: instance.required.map((r) => r.weight),
    candidates: instance.candidates.map((c) => ({
      id: c.id,
      kind: c.kind,
      local: c.local,
      techs: c.capabilities.map((t) => techIndex.get(t)).filter((t): t is number => t !== undefined),
    })),
    edges: instance.ties.map(([a, b]) => [position.get(a)!, position.get(b)!] as const),
    rules: instance.rules,
    maxSize: instance.maxSize,
  });
}

export function prepareIndexed(x: IndexedInstance): Prepared {
  const { techs, weights, rules } = x;
  const leadKinds = new Set<string>(rules.leadKinds);
  const all: Member[] = x.candidates.map((c, index) => {
    // Most pool members hold none of the problem's technologies, and most holders one: skip the dedupe then.
    let held: number[];
    if (c.techs.length <= 1) held = [...c.techs];
    else {
      held = [];
      for (const t of c.techs) if (!held.includes(t)) held.push(t);
      held.sort((a, b) => a - b);
    }
    let ownWeight = 0;
    for (const t of held) ownWeight += weights[t]!;
    return {
      index,
      id: c.id,
      kind: c.kind,
      local: c.local,
      techs: held,
      ownWeight,
      leadKind: leadKinds.has(c.kind),
      research: RESEARCH_KINDS.includes(c.kind),
      eligible: !rules.localOnly || c.local,
    };
  });
  const coverable = new Set<number>();
  const holders: number[] = [];
  const zeros: number[] = [];
  for (const m of all) {
    if (!m.eligible) continue;
    (m.techs.length ? holders : zeros).push(m.index);
    for (const t of m.techs) coverable.add(t);
  }
  return {
    techs,
    weights,
    totalWeight: weights.reduce((a, b) => a + b, 0),
    all,
    holders,
    zeros,
    graph: new TieGraph(all.length, x.edges),
    rules,
    maxSize: x.maxSize,
    uncoverable: techs.map((_, i) => i).filter((i) => !coverable.has(i)),
  };
}

/** Does this set satisfy every hard constraint (size, eligibility, lead kind, research member)? */
export function isFeasible(p: Prepared, members: readonly number[]): boolean {
  if (members.length < 1 || members.length > p.maxSize) return false;
  if (new Set(members).size !== members.length) return false;
  const chosen = members.map((i) => p.all[i]!);
  if (chosen.some((m) => !m.eligible)) return false;
  if (!chosen.some((m) => m.leadKind)) return false;
  return !p.rules.requireResearchMember || chosen.some((m) => m.research);
}

export type Violation = "empty" | "too_many_members" | "not_local" | "no_lead" | "no_research_member";

/** The constraints a set breaks, for the what-if panel. */
export function violations(p: Prepared, members: readonly number[]): Violation[] {
  const chosen = members.map((i) => p.all[i]!);
  const out: Violation[] = [];
  if (members.length === 0) out.push("empty");
  if (members.length > p.maxSize) out.push("too_many_members");
  if (chosen.some((m) => !m.eligible)) out.push("not_local");
  if (!chosen.some((m) => m.leadKind)) out.push("no_lead");
  if (p.rules.requireResearchMember && !chosen.some((m) => m.research)) out.push("no_research_member");
  return out;
}

/** Why no feasible consortium exists, or null when at least one does. */
export function infeasibility(p: Prepared): Infeasibility | null {
  const eligible = p.all.filter((m) => m.eligible);
  if (!eligible.some((m) => m.leadKind)) return "no_eligible_lead";
  if (!p.rules.requireResearchMember) return null;
  if (!eligible.some((m) => m.research)) return "no_research_member";
  if (p.maxSize < 2 && !eligible.some((m) => m.leadKind && m.research)) return "max_size_too_small";
  return null;
}
