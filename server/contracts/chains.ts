import { z } from "zod";
import { NodeId, Provenance } from "./common";
import { GAP_REASONS, GAP_STATUSES, REMEDY_KINDS, REMEDY_STRATEGIES, SPOF_EFFECTS } from "./gap-vocabulary";
import { ORG_KINDS, STAGES } from "./model";

export const ChainParams = z.object({ id: NodeId }).strict();

const Named = { id: z.string(), name: z.string(), nameEn: z.string().optional() };

export const SegmentInfo = z.object({
  ...Named,
  stage: z.enum(STAGES),
  order: z.number(),
  /** Required technologies (REQUIRES), ids. */
  techs: z.array(z.string()),
});
export type SegmentInfo = z.infer<typeof SegmentInfo>;

export const ChainInfo = z.object({ ...Named, segments: z.array(SegmentInfo) });
export type ChainInfo = z.infer<typeof ChainInfo>;

export const ChainsResponse = z.object({ chains: z.array(ChainInfo) });
export type ChainsResponse = z.infer<typeof ChainsResponse>;

const Status = z.enum(GAP_STATUSES);
const Reason = z.enum(GAP_REASONS);
export const StatusCounts = z.object({ missing: z.number(), weak: z.number(), broken: z.number(), strong: z.number() });
export type StatusCounts = z.infer<typeof StatusCounts>;

export const Remedy = z.object({
  orgId: z.string(),
  kind: z.enum(REMEDY_KINDS),
  strategy: z.enum(REMEDY_STRATEGIES),
  score: z.number(),
  reason: z.string(),
  basis: z.object({
    techs: z.array(z.string()),
    adjacent: z.array(z.string()),
    present: z.boolean(),
    ties: z.array(z.string()),
  }),
});
export type Remedy = z.infer<typeof Remedy>;

export const EvidenceLink = z.object({
  source: z.string(),
  target: z.string(),
  type: z.enum(["SUPPLIES", "COLLABORATES"]),
  provenance: Provenance,
});
export type EvidenceLink = z.infer<typeof EvidenceLink>;

export const SegmentGap = SegmentInfo.extend({
  status: Status,
  reasons: z.array(Reason),
  /** E(S): local enterprises in the segment. */
  enterprises: z.array(z.string()),
  /** R(S): local universities, institutes and platforms in S or holding one of its technologies. */
  research: z.array(z.string()),
  spof: z.array(z.string()),
  spofDetail: z.array(z.object({ orgId: z.string(), effects: z.array(z.enum(SPOF_EFFECTS)) })),
  remedies: z.array(Remedy),
  evidence: z.object({
    capable: z.array(z.string()),
    neighbours: z.array(
      z.object({ ...Named, chainId: z.string().optional(), direction: z.enum(["up", "down", "both"]) }),
    ),
    neighbourEnterprises: z.array(z.string()),
    links: z.array(EvidenceLink),
    integrated: z.array(z.string()),
    nonLocal: z.array(z.string()),
    /**
     * True when every evidence link the status rests on is inferred or editorial (none stated by a source):
     * the status is only as good as the editors' inference. Each link's own basis is in its provenance.
     */
    inferredOnly: z.boolean().optional(),
  }),
});
export type SegmentGap = z.infer<typeof SegmentGap>;

export const OrgRef = z.object({ ...Named, kind: z.enum(ORG_KINDS), local: z.boolean(), provenance: Provenance });
export type OrgRef = z.infer<typeof OrgRef>;

export const GapsResponse = z.object({
  chain: z.object(Named),
  counts: StatusCounts,
  segments: z.array(SegmentGap),
  /** "Who holds the chain together": articulation points and betweenness of the local supply/collaboration graph. */
  holders: z.object({
    articulation: z.array(z.string()),
    betweenness: z.array(z.object({ orgId: z.string(), score: z.number() })),
  }),
  /** Every organisation the report mentions, with its provenance. */
  orgs: z.array(OrgRef),
  technologies: z.array(z.object(Named)),
});
export type GapsResponse = z.infer<typeof GapsResponse>;

export const SegmentSummary = SegmentInfo.extend({
  status: Status,
  reasons: z.array(Reason),
  counts: z.object({ enterprises: z.number(), research: z.number(), nonLocal: z.number() }),
});
export const GapsSummaryResponse = z.object({
  chains: z.array(z.object({ chain: z.object(Named), counts: StatusCounts, segments: z.array(SegmentSummary) })),
});
export type GapsSummaryResponse = z.infer<typeof GapsSummaryResponse>;

export const WhatIfBody = z
  .object({
    removeOrgs: z.array(NodeId).max(200).default([]),
    addCapabilities: z
      .array(z.object({ orgId: NodeId, techId: NodeId }).strict())
      .max(200)
      .default([]),
    /** 引进落地: the organisation operates locally in this segment of the chain (e.g. a 招商 target settles here). */
    settle: z
      .array(z.object({ orgId: NodeId, segmentId: NodeId }).strict())
      .max(200)
      .default([]),
  })
  .strict();
export type WhatIfBody = z.infer<typeof WhatIfBody>;

const Label = z.object({ id: z.string(), status: Status, reasons: z.array(Reason) });
export const WhatIfResponse = z.object({
  chain: z.object(Named),
  before: z.array(Label),
  after: z.array(Label),
  /** Segments whose status or reasons differ. Nothing was written. */
  changes: z.array(
    z.object({
      id: z.string(),
      from: Status,
      to: Status,
      reasonsBefore: z.array(Reason),
      reasonsAfter: z.array(Reason),
    }),
  ),
});
export type WhatIfResponse = z.infer<typeof WhatIfResponse>;
