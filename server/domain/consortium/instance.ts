import { z } from "zod";
import { CANDIDATE_KINDS, MAX_CONSORTIUM_SIZE } from "../../contracts/problems";

// The consortium-builder instance: the CLI's input file and what the API builds from the graph (pure: zod only).

export { CANDIDATE_KINDS };
export type CandidateKind = (typeof CANDIDATE_KINDS)[number];
/** Kinds that satisfy "at least one university or research institute". */
export const RESEARCH_KINDS: readonly CandidateKind[] = ["University", "ResearchInstitute"];
export const MIN_SIZE = 1;
export const MAX_SIZE = MAX_CONSORTIUM_SIZE;
/** Distance between two members with no path between them in the tie graph. */
export const DISCONNECTED = 10;
/** Exact (provably optimal) whenever at most this many eligible candidates hold a required technology. */
export const EXACT_LIMIT = 25;

const Id = z.string().min(1).max(200);

export const Rules = z.object({
  leadKinds: z.array(z.enum(CANDIDATE_KINDS)).describe("a consortium needs at least one member of one of these kinds"),
  requireResearchMember: z.boolean().default(false).describe("at least one University or ResearchInstitute"),
  localOnly: z.boolean().default(false).describe("only local candidates may join"),
});
export type Rules = z.output<typeof Rules>;

export const Requirement = z.object({ tech: Id, weight: z.number().positive().finite() });
export const Candidate = z.object({
  id: Id,
  kind: z.enum(CANDIDATE_KINDS),
  local: z.boolean(),
  capabilities: z.array(Id),
});
export type Candidate = z.output<typeof Candidate>;

export const Instance = z
  .object({
    required: z.array(Requirement).max(500),
    candidates: z.array(Candidate).max(50_000),
    ties: z
      .array(z.tuple([Id, Id]))
      .max(500_000)
      .default([]),
    maxSize: z.number().int().min(MIN_SIZE).max(MAX_SIZE),
    rules: Rules,
  })
  .superRefine((instance, ctx) => {
    const techs = new Set<string>();
    instance.required.forEach((r, i) => {
      if (techs.has(r.tech))
        ctx.addIssue({
          code: "custom",
          path: ["required", i, "tech"],
          message: `technology '${r.tech}' is listed twice`,
        });
      techs.add(r.tech);
    });
    const ids = new Set<string>();
    instance.candidates.forEach((c, i) => {
      if (ids.has(c.id))
        ctx.addIssue({ code: "custom", path: ["candidates", i, "id"], message: `candidate '${c.id}' is listed twice` });
      ids.add(c.id);
    });
    instance.ties.forEach((tie, i) => {
      tie.forEach((id, end) => {
        if (!ids.has(id))
          ctx.addIssue({ code: "custom", path: ["ties", i, end], message: `'${id}' is not a candidate` });
      });
    });
  });
export type Instance = z.output<typeof Instance>;
export type InstanceInput = z.input<typeof Instance>;

/** One consortium as the CLI prints it (the API adds names and explanations around it). */
export interface ConsortiumResult {
  lead: string;
  /** Sorted ids. */
  members: string[];
  /** Required technologies some member holds, in the order of `required`. */
  covered: string[];
  uncovered: string[];
  coveredWeight: number;
  size: number;
  /** Total weight of a minimum spanning tree over the members (hop distances, 10 when unconnected). */
  cost: number;
}

/** Why no consortium is possible at all (the answer is then an empty list, never an error). */
export type Infeasibility = "no_eligible_lead" | "no_research_member" | "max_size_too_small";
