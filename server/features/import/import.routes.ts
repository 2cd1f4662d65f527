import { z } from "zod";
import {
  ApplyResponse,
  EntitiesResponse,
  ImportOptions,
  PreviewResponse,
  ProgressResponse,
  TemplateParams,
  TemplateQuery,
  UploadParams,
  UploadQuery,
  UploadResponse,
} from "../../contracts/import";
import type { Principal } from "../../http/principal";
import { defineRoute, type RouteDef } from "../../http/route";
import { entityDef } from "./entities";
import type { ImportService } from "./import.service";
import { csvTemplate, entitySpecs, xlsxTemplate } from "./templates";
import { readBody } from "./uploads";

const admin = { tag: "data", auth: "admin" } as const;
const actor = (user: Principal | null) => ({ username: user!.username, role: user!.role, via: user!.via });

export function importRoutes(service: ImportService, options: { maxBytes: number }): RouteDef[] {
  return [
    defineRoute(
      {
        method: "get",
        path: "/api/import/entities",
        tag: "data",
        summary: "What can be imported: entities, their fields (zh/en headers, types, examples) and the size limit",
        response: EntitiesResponse,
      },
      async () => ({ entities: entitySpecs(), maxBytes: options.maxBytes }),
    ),
    defineRoute(
      {
        method: "get",
        path: "/api/import/templates/:entity",
        tag: "data",
        summary: "A template file for an entity (CSV with a BOM, or XLSX with a guide sheet), zh or en headers",
        params: TemplateParams,
        query: TemplateQuery,
        response: z.unknown(),
        produces: ["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
      },
      async ({ params, query, res }) => {
        const entity = entityDef(params.entity)!;
        const name = `chainatlas-${entity.key}-template-${query.lang}.${query.format}`;
        res.attachment(name);
        if (query.format === "csv") res.type("text/csv; charset=utf-8").send(csvTemplate(entity, query.lang));
        else
          res
            .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .send(await xlsxTemplate(entity, query.lang));
      },
    ),
    defineRoute(
      {
        ...admin,
        method: "post",
        path: "/api/import/uploads",
        readOnly: true,
        status: 201,
        consumes: "application/octet-stream",
        summary:
          "Upload a CSV (UTF-8, GBK/GB18030, UTF-16), XLSX or JSON file for import (the raw bytes as the body); returns its columns, the detected encoding, a suggested entity and mapping. Nothing is written.",
        query: UploadQuery,
        response: UploadResponse,
        errors: [413, 415, 422],
      },
      async ({ query, req, user }) => {
        const bytes = await readBody(req, options.maxBytes);
        return service.upload(bytes, query.file, user!.username);
      },
    ),
    defineRoute(
      {
        ...admin,
        method: "post",
        path: "/api/import/uploads/:uploadId/preview",
        readOnly: true,
        summary:
          "Dry run: validate every row and compare with the graph — new / updated / unchanged / errors (row, column, reason). Nothing is written.",
        params: UploadParams,
        body: ImportOptions,
        response: PreviewResponse,
        errors: [404, 422],
      },
      ({ params, body, user }) => service.preview(params.uploadId, body, user!.username),
    ),
    defineRoute(
      {
        ...admin,
        method: "post",
        path: "/api/import/uploads/:uploadId/apply",
        audit: "self",
        summary:
          "Apply all or nothing: the whole file is checked (any problem → 422 with the errors, nothing written), its new and changed rows (provenance import, file, row, date, user) are staged in batches no read sees, and one commit with the audit entry makes them live (decision 039)",
        params: UploadParams,
        body: ImportOptions,
        response: ApplyResponse,
        errors: [404, 409, 413, 422],
      },
      ({ params, body, user }) => service.apply(params.uploadId, body, actor(user)),
    ),
    defineRoute(
      {
        ...admin,
        method: "get",
        path: "/api/import/uploads/:uploadId/progress",
        summary: "Progress of the running preview or apply of an upload (poll it for a progress bar)",
        params: UploadParams,
        response: ProgressResponse,
        errors: [404],
      },
      async ({ params, user }) => service.progress(params.uploadId, user!.username),
    ),
  ];
}
