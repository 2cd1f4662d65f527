import { z } from "zod";
import { csvList, IsoDate, NodeId, Provenance, queryInt } from "./common";

// 揭榜挂帅 problems (榜单), candidate rankings and the consortium builder (pure: zod only).

export const PROBLEM_STATUSES = ["open", "matched", "closed"] as const;
/** Organisation kinds that can solve, lead or join a consortium. */
export const CANDIDATE_KINDS = ["Enterprise", "University", "ResearchInstitute", "Platform"] as const;
export const INFEASIBILITY = ["no_eligible_lead", "no_research_member", "max_size_too_small"] as const;
export const MAX_CONSORTIUM_SIZE = 12;
export const MAX_TOP_K = 20;

export { IsoDate };

export const ProblemId = z
  .string()
  .max(120)
  .regex(/^prob:[a-z0-9][a-z0-9-]*$/, "must look like prob:my-problem (lower-case letters, digits, dashes)");

const unique = <T extends z.ZodType>(item: T, key: (v: z.output<T>) => string, what: string) =>
  z.array(item).superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((value, i) => {
      const k = key(value);
      if (seen.has(k))
        ctx.addIssue({
          code: "custom",
          path: [i],
          message: `${what} '${k}' is listed twice`,
          params: { rule: "duplicate", id: k },
        });
      seen.add(k);
    });
  });

export const Indicator = z
  .object({
    metric: z.string().trim().min(1).max(100),
    unit: z.string().trim().max(30).default(""),
    baseline: z.number().finite().nullable().default(null),
    target: z.number().finite(),
  })
  .strict();
export type Indicator = z.infer<typeof Indicator>;

export const Requirement = z.object({ tech: NodeId, weight: z.number().positive().max(100) }).strict();

/** What a planner fills in to post or edit a problem. */
export const ProblemFields = z
  .object({
    name: z.string().trim().min(2).max(200),
    nameEn: z.string().trim().max(200).optional(),
    statement: z.string().trim().min(10).max(4000),
    poster: NodeId.describe("the posting organisation (企业出题)"),
    requires: unique(Requirement, (r) => r.tech, "technology")
      .min(1)
      .max(30),
    chains: unique(NodeId, (c) => c, "chain")
      .max(10)
      .default([]),
    indicators: z.array(Indicator).max(20).default([]),
    budget: z.number().min(0).max(1_000_000).describe("万元 (10k CNY)"),
    selfFundingRatio: z.number().min(0).max(100).describe("self-funding : government funding, e.g. 2 for 2:1"),
    deadline: IsoDate,
    leadKinds: unique(z.enum(CANDIDATE_KINDS), (k) => k, "kind").min(1),
    localOnly: z.boolean().default(false),
    requireResearchMember: z.boolean().default(false),
    status: z.enum(PROBLEM_STATUSES).default("open"),
  })
  .strict();
export type ProblemFields = z.infer<typeof ProblemFields>;

export const ProblemCreate = ProblemFields.extend({ id: ProblemId.optional() }).strict();
export type ProblemCreate = z.infer<typeof ProblemCreate>;

export const ProblemImport = z
  .object({
    problems: z
      .array(ProblemCreate)
      .min(1)
      .max(200)
      .superRefine((problems, ctx) => {
        const ids = problems.map((p) => p.id);
        ids.forEach((id, i) => {
          if (id && ids.indexOf(id) !== i)
            ctx.addIssue({
              code: "custom",
              path: [i, "id"],
              message: `problem id '${id}' is listed twice`,
              params: { rule: "duplicate", id },
            });
        });
      }),
  })
  .strict();

export const ProblemParams = z.object({ id: NodeId }).strict();

export const ProblemListQuery = z
  .object({
    status: csvList(z.enum(PROBLEM_STATUSES)).describe("statuses, comma-separated"),
    chain: NodeId.optional(),
    technology: NodeId.optional(),
    deadlineBefore: IsoDate.optional().describe("deadline on or before"),
    deadlineAfter: IsoDate.optional().describe("deadline on or after"),
    limit: queryInt({ min: 1, max: 1000 }).default(200),
  })
  .strict();
export type ProblemListQuery = z.infer<typeof ProblemListQuery>;

export const NamedRef = z.object({ id: z.string(), name: z.string(), nameEn: z.string().optional() });
export const OrgRef = NamedRef.extend({ kind: z.string() });
export const TechRef = NamedRef.extend({ weight: z.number() });

export const Problem = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string().optional(),
  statement: z.string(),
  status: z.enum(PROBLEM_STATUSES),
  deadline: z.string(),
  budget: z.number().nullable(),
  selfFundingRatio: z.number().nullable(),
  leadKinds: z.array(z.enum(CANDIDATE_KINDS)),
  localOnly: z.boolean(),
  requireResearchMember: z.boolean(),
  indicators: z.array(Indicator),
  poster: OrgRef.nullable(),
  requires: z.array(TechRef),
  chains: z.array(NamedRef),
  /** Saved consortia addressing it. */
  consortia: z.number(),
  provenance: Provenance,
});
export type Problem = z.infer<typeof Problem>;

export const ProblemList = z.object({ problems: z.array(Problem) });
export const ProblemImportResult = z.object({ created: z.array(z.string()) });
export const Deleted = z.object({ deleted: z.string() });
