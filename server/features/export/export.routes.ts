import { EXPORT_CONTENT_TYPES, ExportGraphJson, ExportQuery } from "../../contracts/export";
import { defineRoute, type RouteDef } from "../../http/route";
import type { ExportService } from "./export.service";

export function exportRoutes(service: ExportService): RouteDef[] {
  return [
    defineRoute(
      {
        method: "get",
        path: "/api/export",
        tag: "data",
        produces: [...new Set(Object.values(EXPORT_CONTENT_TYPES))],
        errors: [404],
        summary:
          "Download the whole graph or a filtered view (same filters as GET /api/graph) as JSON, CSV (zip, one file per entity), XLSX, GraphML (Gephi) or a Cypher script; spreadsheet cells that look like formulas are neutralised",
        query: ExportQuery,
        response: ExportGraphJson,
      },
      async ({ query, res }) => {
        const file = await service.export(query);
        res
          .attachment(file.fileName)
          .type(file.contentType)
          .send(typeof file.body === "string" ? file.body : Buffer.from(file.body));
      },
    ),
  ];
}
