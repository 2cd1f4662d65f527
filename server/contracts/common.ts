import { z } from "zod";
import { NODE_KINDS, SOURCES, TIERS } from "./model";

export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Where a fact comes from, as the API reports it for every node and link. */
export const Provenance = z.object({
  source: z.enum(SOURCES),
  quote: z.string().optional(),
  url: z.string().optional(),
  tier: z.enum(TIERS).optional(),
  file: z.string().optional(),
  row: z.number().optional(),
  asOf: z.string().optional(),
  uncertain: z.boolean().optional(),
  note: z.string().optional(),
  by: z.string().optional(),
  documentId: z.string().optional(),
  sha256: z.string().optional(),
  quoteStart: z.number().optional(),
  quoteEnd: z.number().optional(),
  reviewedAt: z.string().optional(),
});
export type Provenance = z.infer<typeof Provenance>;

const PropValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.union([z.string(), z.number(), z.boolean()]))]);

export const GraphNode = z.object({
  id: z.string(),
  kind: z.enum(NODE_KINDS),
  name: z.string(),
  nameEn: z.string().optional(),
  /** Number of relationships to other domain nodes (for sizing and "top N by degree"). */
  degree: z.number().optional(),
  props: z.record(z.string(), PropValue),
  provenance: Provenance,
});
export type GraphNode = z.infer<typeof GraphNode>;

export const GraphLink = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  type: z.string(),
  props: z.record(z.string(), PropValue),
  provenance: Provenance,
});
export type GraphLink = z.infer<typeof GraphLink>;

export const GraphResponse = z.object({
  nodes: z.array(GraphNode),
  links: z.array(GraphLink),
  meta: z
    .object({
      /** More nodes matched than `limit` allowed. */
      truncated: z.boolean(),
      /** How many matched before the limit (when known). */
      total: z.number().optional(),
    })
    .optional(),
});
export type GraphResponse = z.infer<typeof GraphResponse>;

/** Node ids in paths and query strings: the seed's "kind:slug" form or import ids (no whitespace). */
export const NodeId = z.string().min(1).max(200).regex(/^[^\s/]+$/, "must be a node id without spaces or slashes");

/** Comma-separated or repeated query values → array (`?kinds=A,B` and `?kinds=A&kinds=B` both work). */
export function csvList<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => {
    if (value === undefined || value === "") return undefined;
    const parts = (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(","));
    const cleaned = parts.map((v) => v.trim()).filter(Boolean);
    return cleaned.length ? cleaned : undefined;
  }, z.array(item).min(1).optional());
}
