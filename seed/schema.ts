import { z } from "zod";

import {
  BASES,
  ENDPOINTS,
  linkId,
  NODE_KINDS,
  ORG_KINDS,
  PARTIAL_DATE,
  REL_TYPES,
  SOURCES,
  TIERS,
} from "../server/contracts/model";

export { BASES, ENDPOINTS, linkId, NODE_KINDS, ORG_KINDS, REL_TYPES, SOURCES, TIERS };
export type { Basis, NodeKind, OrgKind, RelType, Source } from "../server/contracts/model";

/** A date as precise as its source: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = z.string().regex(PARTIAL_DATE, "expected YYYY, YYYY-MM or YYYY-MM-DD");

/**
 * Where a fact comes from. `reply` facts quote the reply verbatim; `public` facts cite a URL from
 * shared/reference/zhuzhou-facts.md with its tier; `illustrative` facts are made up for the demo and the UI
 * says so; `import` facts name the file and row they came from. `basis` says how sure: `stated`, `inferred`
 * (with `reasoning`) or `editorial`. `asOf` is null when the source gives no date (shown as undated).
 */
const provenanceFields = {
  source: z.enum(SOURCES),
  basis: z.enum(BASES),
  reasoning: z.string().min(4).optional(),
  quote: z.string().min(4).optional(),
  url: z.url().optional(),
  tier: z.enum(TIERS).optional(),
  file: z.string().optional(),
  row: z.number().int().positive().optional(),
  asOf: partialDate.nullable(),
  validFrom: partialDate.optional(),
  validTo: partialDate.optional(),
  uncertain: z.boolean().optional(),
  note: z.string().optional(),
  by: z.string().optional(),
  documentId: z.string().optional(),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  quoteStart: z.number().int().nonnegative().optional(),
  quoteEnd: z.number().int().nonnegative().optional(),
  reviewedAt: z.string().optional(),
};

function provenanceRules(
  p: {
    source: string;
    basis: string;
    quote?: string;
    url?: string;
    tier?: string;
    file?: string;
    reasoning?: string;
    documentId?: string;
  },
  ctx: z.RefinementCtx,
) {
  if (p.source === "reply" && !p.quote)
    ctx.addIssue({ code: "custom", path: ["quote"], message: "reply facts need the verbatim quote" });
  if (p.source === "public" && (!p.url || !p.tier))
    ctx.addIssue({ code: "custom", path: ["url"], message: "public facts need url and tier" });
  if (p.source === "import" && !p.file)
    ctx.addIssue({ code: "custom", path: ["file"], message: "import facts need the file name" });
  if (p.source === "document" && (!p.documentId || !p.quote))
    ctx.addIssue({
      code: "custom",
      path: ["documentId"],
      message: "document facts need the document id and the verbatim quote",
    });
  if (p.basis === "inferred" && !p.reasoning)
    ctx.addIssue({
      code: "custom",
      path: ["reasoning"],
      message: "inferred facts say what they were drawn from (reasoning)",
    });
}

export const ProvenanceSchema = z.object(provenanceFields).strict().superRefine(provenanceRules);

/** A citation of one property value (same fields as provenance; `basis` defaults to stated). */
export const ClaimSchema = z
  .object({ ...provenanceFields, basis: z.enum(BASES).default("stated") })
  .strict()
  .superRefine(provenanceRules);
export type Claim = z.infer<typeof ClaimSchema>;

/** Claims keyed by property name; one citation or several (a value resting on two sources). */
export const ClaimsSchema = z.record(
  z.string().min(1),
  z.union([ClaimSchema, z.array(ClaimSchema).min(1)]).transform((c) => (Array.isArray(c) ? c : [c])),
);

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
    claims: ClaimsSchema.optional(),
    prov: ProvenanceSchema,
  })
  .strict()
  .superRefine((node, ctx) => {
    const isOrg = (ORG_KINDS as readonly string[]).includes(node.kind);
    if (isOrg && node.local === undefined)
      ctx.addIssue({ code: "custom", path: ["local"], message: "organisations must say local true/false" });
  });

export const SeedLinkSchema = z
  .object({
    type: z.enum(REL_TYPES),
    from: z.string(),
    to: z.string(),
    /** Distinguishes two links of the same type between the same pair (e.g. two collaborations). */
    key: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional(),
    props: PropsSchema.optional(),
    claims: ClaimsSchema.optional(),
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
