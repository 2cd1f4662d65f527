import { z } from "zod";
import { GraphNode, GraphResponse, NodeId, csvList, queryInt } from "./common";
import { NODE_KINDS, REL_TYPES, SOURCES } from "./model";

const booleanFlag = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

export const GRAPH_DETAILS = ["lean", "full"] as const;
/** Nodes or links per line of a streamed graph (GET /api/graph?stream=true). */
export const GRAPH_STREAM_BATCH = 500;

export const GraphQuery = z
  .object({
    chain: NodeId.optional().describe(
      "Only the chain's segments, their organisations, technologies, projects and problems",
    ),
    ids: csvList(NodeId)
      .pipe(z.array(NodeId).max(500).optional())
      .describe("Exactly these nodes (up to 500) and the links among them; unknown ids are listed in meta.missing"),
    kinds: csvList(z.enum(NODE_KINDS)).describe("Node kinds, comma-separated"),
    q: z.string().trim().min(1).max(100).optional().describe("Only nodes whose name, English name or alias matches"),
    source: csvList(z.enum(SOURCES)).describe("Provenance sources to include, comma-separated"),
    district: csvList(z.string().max(40)).describe(
      "Organisations in these districts (other kinds have no district and are kept)",
    ),
    types: csvList(z.enum(REL_TYPES)).describe("Relationship types to include among the nodes, comma-separated"),
    limit: queryInt({ min: 1, max: 5000 }).default(500),
    detail: z
      .enum(GRAPH_DETAILS)
      .default("lean")
      .describe(
        "lean (default): what the canvas draws — ids, kinds, names, aliases, district, degree, capabilities, link " +
          "endpoints/types/kind and the provenance kind (source, basis, tier, asOf, uncertain); properties, quotes, " +
          "URLs and claims come from GET /api/nodes/{id}. full: every property, the whole provenance and claims",
      ),
    stream: booleanFlag
      .default(false)
      .describe(
        "true: newline-delimited JSON (application/x-ndjson, also chosen by Accept: application/x-ndjson): " +
          '{"nodes":[…]} lines (hubs first, in batches), then {"links":[…]} lines, then one {"meta":{…}} line',
      ),
  })
  .strict();
export type GraphQuery = z.infer<typeof GraphQuery>;

export const NodeParams = z.object({ id: NodeId }).strict();

export const NeighborsQuery = z
  .object({
    depth: queryInt({ min: 1, max: 3 }).default(1),
    types: csvList(z.enum(REL_TYPES)).describe("Relationship types to follow, comma-separated"),
    kinds: csvList(z.enum(NODE_KINDS)).describe("Only neighbours of these kinds, comma-separated"),
    limit: queryInt({ min: 1, max: 2000 }).default(100),
    skip: queryInt({ min: 0, max: 100_000 })
      .default(0)
      .describe("Page through the first ring: skip this many (by degree)"),
    detail: z
      .enum(GRAPH_DETAILS)
      .default("lean")
      .describe(
        "lean (default): the same node and link shape as GET /api/graph's lean view (ids, kinds, names, " +
          "aliases, district, degree, capabilities, link endpoints/types/kind and the provenance kind: source, " +
          "basis, tier, asOf, uncertain); properties, quotes, URLs and claims come from GET /api/nodes/{id}. " +
          "full: every property, the whole provenance and claims",
      ),
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

/** A node as the explorer draws it: the shared node shape plus its HAS_CAPABILITY count (for sizing). */
export const ViewNode = GraphNode.extend({ capabilities: z.number().optional() });
export type ViewNode = z.infer<typeof ViewNode>;

/** GET /api/graph and neighbours: the shared graph shape with capability counts and unknown requested ids. */
export const GraphViewResponse = GraphResponse.extend({
  nodes: z.array(ViewNode),
  meta: GraphResponse.shape.meta
    .unwrap()
    .extend({
      /** Requested ids (`ids=`) that matched no node. */
      missing: z.array(z.string()).optional(),
    })
    .optional(),
});
export type GraphViewResponse = z.infer<typeof GraphViewResponse>;

/** The hop limit is a literal in the Cypher (shortestPath needs one); this is that literal. */
export const MAX_PATH_HOPS = 6;

export const PathsQuery = z
  .object({
    from: NodeId,
    to: NodeId,
    maxHops: queryInt({ min: 1, max: MAX_PATH_HOPS }).default(4),
    all: booleanFlag.default(false).describe("true: every shortest path (allShortestPaths, up to 50); false: one"),
    types: csvList(z.enum(REL_TYPES)).describe("Only walk these relationship types, comma-separated"),
  })
  .strict()
  .refine((q) => q.from !== q.to, { path: ["to"], message: "must differ from 'from'" });
export type PathsQuery = z.infer<typeof PathsQuery>;

export const PathsResponse = GraphViewResponse.extend({
  /** Each path as its node ids (from → to) and link ids, in order. */
  paths: z.array(z.object({ nodes: z.array(z.string()), links: z.array(z.string()) })),
  /** Length of the shortest path in hops, or null when none exists within maxHops. */
  hops: z.number().nullable(),
});
export type PathsResponse = z.infer<typeof PathsResponse>;

const Count = z.number();
export const FacetsResponse = z.object({
  chains: z.array(z.object({ id: z.string(), name: z.string(), nameEn: z.string().optional(), segments: Count })),
  districts: z.array(z.object({ name: z.string(), count: Count })),
  kinds: z.array(z.object({ kind: z.enum(NODE_KINDS), count: Count })),
  types: z.array(z.object({ type: z.enum(REL_TYPES), count: Count })),
  sources: z.array(z.object({ source: z.enum(SOURCES), count: Count })),
});
export type FacetsResponse = z.infer<typeof FacetsResponse>;

export { GraphResponse };
