import { EXPORT_CONTENT_TYPES, type ExportQuery } from "../../contracts/export";
import type { GraphService } from "../graph/graph.service";
import { toCsvZip, toCypher, toGraphml, toJson, toXlsx, type ExportData } from "./formats";

const TYPES = EXPORT_CONTENT_TYPES;
const FORMATS = {
  json: { ext: "json", type: `${TYPES.json}; charset=utf-8`, render: toJson },
  csv: { ext: "zip", type: TYPES.csv, render: toCsvZip },
  xlsx: { ext: "xlsx", type: TYPES.xlsx, render: toXlsx },
  graphml: { ext: "graphml", type: `${TYPES.graphml}; charset=utf-8`, render: toGraphml },
  cypher: { ext: "cypher", type: `${TYPES.cypher}; charset=utf-8`, render: toCypher },
} as const;

/** Export the whole graph or a filtered view (GET /api/graph's filters, through the graph service). */
export function exportService(graph: GraphService) {
  return {
    async export(query: ExportQuery): Promise<{ fileName: string; contentType: string; body: string | Uint8Array }> {
      const { format, limit, ...filters } = query;
      const view = await graph.graph({ ...filters, limit: limit ?? 10_000_000, detail: "full", stream: false });
      const exportedAt = new Date().toISOString();
      const data: ExportData = {
        exportedAt,
        filters: Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)),
        nodes: view.nodes,
        links: view.links,
      };
      const spec = FORMATS[format];
      const scope = filters.chain
        ? filters.chain.replace(/[^a-z0-9-]+/gi, "-")
        : Object.keys(data.filters).length
          ? "view"
          : "graph";
      return {
        fileName: `chainatlas-${scope}-${exportedAt.slice(0, 10)}.${spec.ext}`,
        contentType: spec.type,
        body: await spec.render(data),
      };
    },
  };
}

export type ExportService = ReturnType<typeof exportService>;
