import { z } from "zod";

import {
  NODE_KINDS, ORG_KINDS, REL_TYPES, SOURCES, TIERS, type NodeKind, type RelType,
} from "../server/contracts/model";

export { NODE_KINDS, ORG_KINDS, REL_TYPES, SOURCES, TIERS };
export type { NodeKind, OrgKind, RelType, Source } from "../server/contracts/model";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

/**
 * Where a fact comes from. `reply` facts quote the reply verbatim; `public` facts cite a URL from
 * shared/reference/zhuzhou-facts.md with its tier; `illustrative` facts are made up for the demo and the UI
 * says so; `import` facts name the file and row they came from.
 */
export const ProvenanceSchema = z
  .object({
    source: z.enum(SOURCES),
    quote: z.string().min(4).optional(),
    url: z.url().optional(),
    tier: z.enum(TIERS).optional(),
    file: z.string().optional(),
    row: z.number().int().positive().optional(),
    asOf: isoDate,
    uncertain: z.boolean().optional(),
    note: z.string().optional(),
    documentId: z.string().optional(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
    quoteStart: z.number().int().nonnegative().optional(),
    quoteEnd: z.number().int().nonnegative().optional(),
    reviewedAt: z.string().optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.source === "reply" && !p.quote) ctx.addIssue({ code: "custom", path: ["quote"], message: "reply facts need the verbatim quote" });
    if (p.source === "public" && (!p.url || !p.tier)) ctx.addIssue({ code: "custom", path: ["url"], message: "public facts need url and tier" });
    if (p.source === "import" && !p.file) ctx.addIssue({ code: "custom", path: ["file"], message: "import facts need the file name" });
    if (p.source === "document" && (!p.documentId || !p.quote)) ctx.addIssue({ code: "custom", path: ["documentId"], message: "document facts need the document id and the verbatim quote" });
  });

export type Provenance = z.infer<typeof ProvenanceSchema>;

const primitive = z.union([z.string(), z.number(), z.boolean()]);
/** Neo4j property values: primitives and homogeneous lists of them (nested maps are not storable). */
export const PropValueSchema = z.union([primitive, z.array(z.string()), z.array(z.number())]);
export const PropsSchema = z.record(z.string(), PropValueSchema);

export const ID_PATTERN = /^[a-z][a-z0-9-]*(:[a-z0-9][a-z0-9-]*)+$/;

export const SeedNodeSchema = z
  .object({
    id: z.string().regex(ID_PATTERN, "ids look like 'ent:crrc-times-semi' (lower-case, colon-separated)"),
    kind: z.enum(NODE_KINDS),
    name: z.string().min(1),
    nameEn: z.string().min(1).optional(),
    aliases: z.array(z.string().min(1)).optional(),
    district: z.string().optional(),
    /** Organisations only: is it in Zhuzhou? Gap analysis counts local organisations only. */
    local: z.boolean().optional(),
    props: PropsSchema.optional(),
    prov: ProvenanceSchema,
  })
  .strict()
  .superRefine((node, ctx) => {
    const isOrg = (ORG_KINDS as readonly string[]).includes(node.kind);
    if (isOrg && node.local === undefined) ctx.addIssue({ code: "custom", path: ["local"], message: "organisations must say local true/false" });
  });

export const SeedLinkSchema = z
  .object({
    type: z.enum(REL_TYPES),
    from: z.string(),
    to: z.string(),
    /** Distinguishes two links of the same type between the same pair (e.g. two collaborations). */
    key: z.string().regex(/^[a-z0-9-]+$/).optional(),
    props: PropsSchema.optional(),
    prov: ProvenanceSchema,
  })
  .strict();

export const SeedFileSchema = z
  .object({
    description: z.string().optional(),
    nodes: z.array(SeedNodeSchema).default([]),
    links: z.array(SeedLinkSchema).default([]),
  })
  .strict();

export type SeedNode = z.infer<typeof SeedNodeSchema>;
export type SeedLink = z.infer<typeof SeedLinkSchema>;
export type SeedFile = z.infer<typeof SeedFileSchema>;

export function linkId(link: Pick<SeedLink, "type" | "from" | "to" | "key">): string {
  return `${link.type}:${link.from}->${link.to}${link.key ? `#${link.key}` : ""}`;
}

const ORG = ORG_KINDS as readonly NodeKind[];
const ANY = NODE_KINDS as readonly NodeKind[];

/** Which node kinds each relationship type may connect (from → to). */
export const ENDPOINTS: Record<RelType, { from: readonly NodeKind[]; to: readonly NodeKind[] }> = {
  HAS_CAPABILITY: { from: ORG, to: ["Technology"] },
  OPERATES: { from: ORG, to: ["Platform"] },
  LEADS: { from: ORG, to: ["Project"] },
  PARTICIPATES_IN: { from: ORG, to: ["Project"] },
  COLLABORATES_WITH: { from: ORG, to: ORG },
  SUPPLIES: { from: ORG, to: ORG },
  SUBSIDIARY_OF: { from: ORG, to: ORG },
  IN_SEGMENT: { from: ORG, to: ["Segment"] },
  PART_OF: { from: ["Segment"], to: ["Chain"] },
  FEEDS: { from: ["Segment"], to: ["Segment"] },
  REQUIRES: { from: ["Segment", "Problem"], to: ["Technology"] },
  SUBFIELD_OF: { from: ["Technology"], to: ["Technology"] },
  ADDRESSES: { from: ["Project", "Consortium"], to: ["Technology", "Problem"] },
  IN_CHAIN: { from: ["Project", "Problem", "Platform", "Policy"], to: ["Chain"] },
  POSTED: { from: ORG, to: ["Problem"] },
  MEMBER_OF: { from: ORG, to: ["Consortium"] },
  SUPPORTS: { from: ["Policy"], to: ANY },
  ISSUED: { from: ["GovernmentBody"], to: ["Policy"] },
  PROPOSED: { from: ORG, to: ["Policy"] },
};
