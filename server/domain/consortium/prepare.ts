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

export function prepare(instance: Instance): Prepared {
  const techs = instance.required.map((r) => r.tech);
  const weights = instance.required.map((r) => r.weight);
  const techIndex = new Map(techs.map((tech, i) => [tech, i]));
  const leadKinds = new Set<string>(instance.rules.leadKinds);
  const all: Member[] = instance.candidates.map((c, index) => {
    const held = [...new Set(c.capabilities.map((t) => techIndex.get(t)).filter((i): i is number => i !== undefined))].sort((a, b) => a - b);
    return {
      index, id: c.id, kind: c.kind, local: c.local, techs: held,
      ownWeight: held.reduce((sum, t) => sum + weights[t]!, 0),
      leadKind: leadKinds.has(c.kind),
      research: RESEARCH_KINDS.includes(c.kind),
      eligible: !instance.rules.localOnly || c.local,
    };
  });
  const position = new Map(all.map((m) => [m.id, m.index]));
  const graph = new TieGraph(all.length, instance.ties.map(([a, b]) => [position.get(a)!, position.get(b)!] as const));
  const eligible = all.filter((m) => m.eligible);
  const coverable = new Set(eligible.flatMap((m) => m.techs));
  return {
    techs, weights,
    totalWeight: weights.reduce((a, b) => a + b, 0),
    all,
    holders: eligible.filter((m) => m.techs.length > 0).map((m) => m.index),
    zeros: eligible.filter((m) => m.techs.length === 0).map((m) => m.index),
    graph,
    rules: instance.rules,
    maxSize: instance.maxSize,
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

/** The constraints a set breaks, for the what-if panel. */
export function violations(p: Prepared, members: readonly number[]): string[] {
  const chosen = members.map((i) => p.all[i]!);
  const out: string[] = [];
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
