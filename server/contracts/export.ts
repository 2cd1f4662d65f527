import { z } from "zod";
import { queryInt } from "./common";
import { GraphQuery } from "./graph";

export const EXPORT_FORMATS = ["json", "csv", "xlsx", "graphml", "cypher"] as const;

/** The same filters as GET /api/graph (the explorer's view), a format, and no limit unless one is given. */
export const ExportQuery = GraphQuery.omit({ limit: true })
  .extend({
    format: z.enum(EXPORT_FORMATS).default("json").describe("json · csv (zip, one file per entity) · xlsx · graphml (Gephi) · cypher (a script that recreates it)"),
    limit: queryInt({ min: 1, max: 1_000_000 }).optional().describe("At most this many nodes (hubs first); default: all"),
  })
  .strict();
export type ExportQuery = z.infer<typeof ExportQuery>;
