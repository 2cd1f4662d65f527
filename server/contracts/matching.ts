import { z } from "zod";
import { NodeId, queryInt } from "./common";
import { CANDIDATE_KINDS, INFEASIBILITY, MAX_CONSORTIUM_SIZE, MAX_TOP_K, NamedRef, OrgRef, TechRef } from "./problems";

// Candidate rankings and the consortium builder for one problem (pure: zod only).

/** Every score component carries the graph ids that back it, so the UI links it to the explorer. */
const Component = z.object({ score: z.number(), evidence: z.array(z.string()) });

export const Candidate = OrgRef.extend({
  local: z.boolean(),
  district: z.string().optional(),
  eligible: z.boolean(),
  canLead: z.boolean(),
  solverScore: z.number(),
  leadScore: z.number(),
  components: z.object({
    coverage: Component.extend({ weight: z.number(), techs: z.array(z.string()) }),
    evidence: Component.extend({ level: z.number(), projects: z.array(z.string()), platforms: z.array(z.string()) }),
    proximity: Component.extend({
      hops: z.number().nullable(),
      isPoster: z.boolean(),
      directTies: z.array(z.string()),
    }),
    locality: Component.extend({ local: z.boolean() }),
    load: Component.extend({ openConsortia: z.array(z.string()) }),
  }),
  /** Evidence links (capabilities, ties to the poster) that are inferred or editorial rather than stated. */
  notStated: z.array(z.object({ id: z.string(), basis: z.enum(["inferred", "editorial"]) })).optional(),
});
export type Candidate = z.infer<typeof Candidate>;

export const ScoreWeights = z.object({
  coverage: z.number(),
  evidence: z.number(),
  proximity: z.number(),
  locality: z.number(),
  load: z.number(),
});

export const CandidatesQuery = z.object({ limit: queryInt({ min: 1, max: 500 }).default(50) }).strict();

export const CandidatesResponse = z.object({
  problem: NamedRef,
  requires: z.array(TechRef),
  weights: z.object({ solver: ScoreWeights, lead: ScoreWeights }),
  /** Holders of at least one required technology, best solver score first. */
  solvers: z.array(Candidate),
  /** Candidates of a lead kind, best lead score first. */
  leads: z.array(Candidate),
  uncoverable: z.array(z.string()),
  poolSize: z.number(),
});
export type CandidatesResponse = z.infer<typeof CandidatesResponse>;

export const RulesOverride = z
  .object({
    leadKinds: z.array(z.enum(CANDIDATE_KINDS)).optional(),
    requireResearchMember: z.boolean().optional(),
    localOnly: z.boolean().optional(),
  })
  .strict();

export const BuildRequest = z
  .object({
    maxSize: z.number().int().min(1).max(MAX_CONSORTIUM_SIZE).default(6),
    k: z.number().int().min(1).max(MAX_TOP_K).default(3),
    rules: RulesOverride.default({}),
  })
  .strict();
export type BuildRequest = z.infer<typeof BuildRequest>;

export const EvaluateRequest = z
  .object({
    members: z.array(NodeId).min(1).max(30),
    maxSize: z.number().int().min(1).max(MAX_CONSORTIUM_SIZE).default(6),
    rules: RulesOverride.default({}),
  })
  .strict();
export type EvaluateRequest = z.infer<typeof EvaluateRequest>;

export const MemberView = OrgRef.extend({
  local: z.boolean(),
  role: z.enum(["lead", "member"]),
  /** Required technologies it holds. */
  covers: z.array(z.string()),
  /** Required technologies nobody else in the consortium holds. */
  unique: z.array(z.string()),
  /** Rules it satisfies on its own (it is the only member of a lead kind / the only research member). */
  fills: z.array(z.enum(["lead", "research"])),
});

export const TreeEdge = z.object({ a: z.string(), b: z.string(), distance: z.number(), path: z.array(z.string()) });

export const ConsortiumView = z.object({
  lead: z.string(),
  members: z.array(MemberView),
  covered: z.array(z.string()),
  uncovered: z.array(z.string()),
  coveredWeight: z.number(),
  totalWeight: z.number(),
  size: z.number(),
  cost: z.number(),
  /** The minimum spanning tree behind `cost`, with the tie path of each edge (intermediaries included). */
  tree: z.array(TreeEdge),
});
export type ConsortiumView = z.infer<typeof ConsortiumView>;

export const EffectiveRules = z.object({
  leadKinds: z.array(z.enum(CANDIDATE_KINDS)),
  requireResearchMember: z.boolean(),
  localOnly: z.boolean(),
  maxSize: z.number(),
});

export const BuildResponse = z.object({
  problem: NamedRef,
  requires: z.array(TechRef),
  rules: EffectiveRules,
  k: z.number(),
  exact: z.boolean(),
  /** Candidates holding a required technology; exact up to 25. */
  holders: z.number(),
  poolSize: z.number(),
  consortia: z.array(ConsortiumView),
  /** Why the list is empty, when no consortium satisfies the rules. */
  reason: z.enum(INFEASIBILITY).nullable(),
  /** Required technologies no eligible candidate holds, each with the chain-gap view that explains it. */
  gaps: z.array(TechRef.extend({ link: z.string() })),
  orgs: z.array(OrgRef.extend({ local: z.boolean() })),
});
export type BuildResponse = z.infer<typeof BuildResponse>;

export const EvaluateResponse = z.object({
  consortium: ConsortiumView,
  feasible: z.boolean(),
  violations: z.array(z.enum(["empty", "too_many_members", "not_local", "no_lead", "no_research_member"])),
});
export type EvaluateResponse = z.infer<typeof EvaluateResponse>;
