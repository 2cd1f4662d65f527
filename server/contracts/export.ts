import { z } from "zod";
import { GraphLink, Provenance, queryInt } from "./common";
import { GraphQuery, ViewNode } from "./graph";

export const EXPORT_FORMATS = ["json", "csv", "xlsx", "graphml", "cypher"] as const;

/** The same filters as GET /api/graph (the explorer's view), a format, and no limit unless one is given. */
export const ExportQuery = GraphQuery.omit({ limit: true, detail: true, stream: true })
  .extend({
    format: z
      .enum(EXPORT_FORMATS)
      .default("json")
      .describe("json · csv (zip, one file per entity) · xlsx · graphml (Gephi) · cypher (a script that recreates it)"),
    limit: queryInt({ min: 1, max: 1_000_000 })
      .optional()
      .describe("At most this many nodes (hubs first); default: all"),
  })
  .strict();
export type ExportQuery = z.infer<typeof ExportQuery>;

/** Content type of each export format (the download's Content-Type, and the OpenAPI document's). */
export const EXPORT_CONTENT_TYPES = {
  json: "application/json",
  csv: "application/zip",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  graphml: "application/graphml+xml",
  cypher: "text/plain",
} as const satisfies Record<(typeof EXPORT_FORMATS)[number], string>;

/** The ChainAtlas JSON graph format (format=json); POST it back to the import with entity "graph". */
export const ExportGraphJson = z.object({
  format: z.literal("chainatlas-graph"),
  version: z.literal(1),
  exportedAt: z.string(),
  filters: z.record(z.string(), z.unknown()),
  /** Nodes as the explorer shows them (with `capabilities`, the count of HAS_CAPABILITY links), without `degree`. */
  nodes: z.array(ViewNode.omit({ degree: true })),
  links: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      from: z.string(),
      to: z.string(),
      props: GraphLink.shape.props,
      provenance: Provenance,
      claims: GraphLink.shape.claims,
    }),
  ),
});
