import { z } from "zod";
import { csvList, GraphNode, GraphResponse, NodeId } from "./common";
import { NODE_KINDS, REL_TYPES, SOURCES } from "./model";

export const GraphQuery = z
  .object({
    chain: NodeId.optional().describe("Only the chain's segments, their organisations, technologies, projects and problems"),
    kinds: csvList(z.enum(NODE_KINDS)).describe("Node kinds, comma-separated"),
    q: z.string().trim().min(1).max(100).optional().describe("Only nodes whose name, English name or alias matches"),
    source: csvList(z.enum(SOURCES)).describe("Provenance sources to include, comma-separated"),
    limit: z.coerce.number().int().min(1).max(5000).default(500),
  })
  .strict();
export type GraphQuery = z.infer<typeof GraphQuery>;

export const NodeParams = z.object({ id: NodeId }).strict();

export const NeighborsQuery = z
  .object({
    depth: z.coerce.number().int().min(1).max(3).default(1),
    types: csvList(z.enum(REL_TYPES)).describe("Relationship types to follow, comma-separated"),
    limit: z.coerce.number().int().min(1).max(2000).default(100),
    skip: z.coerce.number().int().min(0).max(100_000).default(0).describe("Page through the first ring: skip this many (by degree)"),
  })
  .strict();
export type NeighborsQuery = z.infer<typeof NeighborsQuery>;

export const NodeResponse = z.object({
  node: GraphNode,
  degree: z.number(),
  /** Relationship counts by type and direction, for the expand menu. */
  degreeByType: z.array(z.object({ type: z.string(), direction: z.enum(["out", "in"]), count: z.number() })),
});
export type NodeResponse = z.infer<typeof NodeResponse>;

export { GraphResponse };
