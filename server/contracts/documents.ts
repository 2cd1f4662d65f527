import { z } from "zod";
import { NodeId } from "./common";
import { NODE_KINDS, REL_TYPES } from "./model";

// Document ingestion (issue 16): documents, their proposals and the reviewed apply (pure: zod only).

export const DOCUMENT_STATUSES = ["new", "applied"] as const;
export const DECISIONS = ["applied", "rejected"] as const;

const Span = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };
const Ref = z.object({ id: z.string(), name: z.string() });
/** Why it was proposed: a code the UI translates (doc.why.<code>) and its values. */
const Why = z.object({ code: z.string(), vars: z.record(z.string(), z.union([z.string(), z.number()])) });

export const EntityProposal = z.object({
  id: z.string(),
  key: z.string(),
  ...Span,
  text: z.string(),
  kind: z.enum(NODE_KINDS),
  match: Ref.nullable(),
  close: Ref.extend({ score: z.number() }).nullable(),
  quote: z.string(),
  sentence: z.number().int(),
  confidence: z.number(),
  reason: z.string(),
  why: Why,
  via: z.string(),
  within: z.string().nullable(),
});
const LinkEnd = z.object({ text: z.string(), id: z.string().nullable(), kind: z.enum(NODE_KINDS), ref: z.string() });
export const LinkProposal = z.object({
  id: z.string(),
  key: z.string(),
  ...Span,
  type: z.enum(REL_TYPES),
  source: LinkEnd,
  target: LinkEnd,
  quote: z.string(),
  sentence: z.number().int(),
  cue: z.string(),
  inferred: z.boolean(),
  confidence: z.number(),
  reason: z.string(),
  why: Why,
});
export const ProblemProposal = z.object({
  id: z.string(),
  key: z.string(),
  ...Span,
  title: z.string(),
  owner: z.object({ text: z.string(), id: z.string().nullable() }).nullable(),
  indicators: z.string().nullable(),
  bounty: z.string().nullable(),
  deadline: z.string().nullable(),
  quote: z.string(),
  confidence: z.number(),
  reason: z.string(),
  why: Why,
});
export type EntityProposal = z.infer<typeof EntityProposal>;
export type LinkProposal = z.infer<typeof LinkProposal>;
export type ProblemProposal = z.infer<typeof ProblemProposal>;

export const DocumentSummary = z.object({
  id: z.string(),
  title: z.string().nullable(),
  file: z.string().nullable(),
  format: z.string(),
  encoding: z.string().nullable(),
  sha256: z.string(),
  chars: z.number(),
  date: z.string().nullable(),
  number: z.string().nullable(),
  issuer: z.string().nullable(),
  issuerId: z.string().nullable(),
  status: z.enum(DOCUMENT_STATUSES),
  uploadedBy: z.string(),
  uploadedAt: z.string(),
  appliedBy: z.string().nullable(),
  appliedAt: z.string().nullable(),
  counts: z.object({ entities: z.number(), links: z.number(), problems: z.number() }),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

export const DocumentList = z.object({ documents: z.array(DocumentSummary) });
export const DocumentDetail = DocumentSummary.extend({
  text: z.string(),
  sentences: z.array(z.object({ index: z.number(), ...Span, heading: z.number().nullable() })),
});
export type DocumentDetail = z.infer<typeof DocumentDetail>;

/** Upload answer: the document (created, or the one already stored with the same sha256). */
export const UploadResult = z.object({ created: z.boolean(), document: DocumentSummary });

/** Pasted text (JSON body); files come as raw bytes or multipart. */
export const PastedDocument = z
  .object({ text: z.string().max(5 * 1024 * 1024), title: z.string().trim().max(300).optional() })
  .strict();
export const UploadQuery = z.object({ file: z.string().trim().min(1).max(200).optional() }).strict();

export const DocumentParams = z
  .object({ id: z.string().regex(/^doc_[a-z0-9]+$/, "document ids look like doc_…") })
  .strict();

export const ProposalsResponse = z.object({
  documentId: z.string(),
  entities: z.array(EntityProposal),
  links: z.array(LinkProposal),
  problems: z.array(ProblemProposal),
  /** What happened to a proposal at a previous apply (absent: not decided yet). */
  decisions: z.record(z.string(), z.enum(DECISIONS)),
});
export type ProposalsResponse = z.infer<typeof ProposalsResponse>;

const ProposalId = z.string().regex(/^[elp]\d+$/, "proposal ids look like e12, l3, p1");
/** A reviewer's change to a proposal before it is applied. */
export const ProposalEdit = z
  .object({
    id: ProposalId,
    /** A new entity's kind (entities only). */
    kind: z.enum(NODE_KINDS).optional(),
    /** A new entity's name (entities only); default: the text as written. */
    name: z.string().trim().min(1).max(300).optional(),
    /** Use this existing node instead of creating one (entities only). */
    mergeInto: NodeId.optional(),
    /** A link's relationship type (links only). */
    type: z.enum(REL_TYPES).optional(),
  })
  .strict();
export type ProposalEdit = z.infer<typeof ProposalEdit>;

export const ApplyBody = z
  .object({
    accept: z.array(ProposalId).max(20_000).default([]),
    reject: z.array(ProposalId).max(20_000).default([]),
    edits: z.array(ProposalEdit).max(20_000).default([]),
  })
  .strict()
  .superRefine((b, ctx) => {
    const accepted = new Set(b.accept);
    b.reject.forEach((id, i) => {
      if (accepted.has(id))
        ctx.addIssue({ code: "custom", path: ["reject", i], message: `${id} is both accepted and rejected` });
    });
  });
export type ApplyBody = z.infer<typeof ApplyBody>;

export const ApplyResult = z.object({
  documentId: z.string(),
  auditId: z.string(),
  created: z.object({ nodes: z.number(), links: z.number() }),
  unchanged: z.object({ nodes: z.number(), links: z.number() }),
  rejected: z.number(),
  nodes: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string(), proposal: z.string() })),
  links: z.array(
    z.object({ id: z.string(), type: z.string(), from: z.string(), to: z.string(), proposal: z.string() }),
  ),
});
export type ApplyResult = z.infer<typeof ApplyResult>;
