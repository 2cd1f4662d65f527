import { z } from "zod";
import { csvList, NodeId, Provenance } from "./common";
import { NamedRef, OrgRef, PROBLEM_STATUSES } from "./problems";

// Saved consortia (创新联合体): a fact the bureau records, with members and their roles (pure: zod only).

export const CONSORTIUM_STATUSES = ["proposed", "formed"] as const;
export const MEMBER_ROLES = ["lead", "member"] as const;

const Member = z.object({ org: NodeId, role: z.enum(MEMBER_ROLES) }).strict();

const members = z
  .array(Member)
  .min(1)
  .max(30)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((m, i) => {
      if (seen.has(m.org))
        ctx.addIssue({
          code: "custom",
          path: [i, "org"],
          message: `'${m.org}' is listed twice`,
          params: { rule: "duplicate", id: m.org },
        });
      seen.add(m.org);
    });
    const leads = list.filter((m) => m.role === "lead").length;
    if (leads !== 1)
      ctx.addIssue({ code: "custom", path: [], message: `a consortium has exactly one lead (牵头单位); got ${leads}` });
  });

export const ConsortiumCreate = z
  .object({
    problem: NodeId,
    status: z.enum(CONSORTIUM_STATUSES).default("proposed"),
    name: z.string().trim().min(2).max(200).optional(),
    note: z.string().trim().max(2000).optional(),
    members,
  })
  .strict();
export type ConsortiumCreate = z.infer<typeof ConsortiumCreate>;

export const ConsortiumPatch = z
  .object({
    status: z.enum(CONSORTIUM_STATUSES).optional(),
    name: z.string().trim().min(2).max(200).optional(),
    note: z.string().trim().max(2000).optional(),
    members: members.optional(),
  })
  .strict();
export type ConsortiumPatch = z.infer<typeof ConsortiumPatch>;

export const ConsortiumParams = z.object({ id: NodeId }).strict();

export const ConsortiumListQuery = z
  .object({
    problem: NodeId.optional(),
    org: NodeId.optional(),
    status: csvList(z.enum(CONSORTIUM_STATUSES)),
  })
  .strict();
export type ConsortiumListQuery = z.infer<typeof ConsortiumListQuery>;

export const SavedConsortium = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(CONSORTIUM_STATUSES),
  note: z.string().optional(),
  problem: NamedRef.extend({ status: z.enum(PROBLEM_STATUSES) }),
  members: z.array(OrgRef.extend({ role: z.enum(MEMBER_ROLES) })),
  /** Username of its creator: only they or an admin may change or delete it (absent: admin-only). */
  owner: z.string().optional(),
  provenance: Provenance,
});
export type SavedConsortium = z.infer<typeof SavedConsortium>;

export const ConsortiumList = z.object({ consortia: z.array(SavedConsortium) });
