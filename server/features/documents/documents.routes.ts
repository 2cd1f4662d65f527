import {
  ApplyBody,
  ApplyResult,
  DocumentDetail,
  DocumentList,
  DocumentParams,
  ProposalsResponse,
  UploadQuery,
  UploadResult,
} from "../../contracts/documents";
import type { Principal } from "../../http/principal";
import { defineRoute, type RouteDef } from "../../http/route";
import type { DocumentsService } from "./documents.service";
import { readUpload } from "./read-upload";

// Documents and their proposals are the analysts' working material: viewers see only the facts applied.
const analyst = { tag: "documents", auth: "analyst" } as const;
const actor = (user: Principal | null) => ({ username: user!.username, role: user!.role, via: user!.via });

export function documentsRoutes(service: DocumentsService, options: { maxBytes?: number } = {}): RouteDef[] {
  return [
    defineRoute(
      {
        ...analyst,
        method: "post",
        path: "/api/documents",
        status: 201,
        consumes: "multipart/form-data",
        summary:
          "Ingest a document — TXT (UTF-8 or GBK), DOCX or PDF with a text layer (a scan: 422 “no text layer — OCR is not supported”), as multipart (field “file”), raw bytes (?file=name) or JSON {text, title?} of pasted text, up to 5 MB — and propose entities, links and problems with verbatim quotes. The graph is not changed. A document already ingested (same sha256) answers 200 with the stored one.",
        query: UploadQuery,
        response: UploadResult,
        errors: [413, 415, 422],
      },
      async ({ query, req, res, user }) => {
        const result = await service.ingest(await readUpload(req, query.file, options.maxBytes), user!.username);
        if (!result.created) res.status(200).json(result); // the duplicate: nothing written
        return result;
      },
    ),
    defineRoute(
      {
        ...analyst,
        method: "get",
        path: "/api/documents",
        summary: "Ingested documents, newest first",
        response: DocumentList,
      },
      () => service.list(),
    ),
    defineRoute(
      {
        ...analyst,
        method: "get",
        path: "/api/documents/:id",
        summary: "One document: metadata, its text and sentence offsets",
        params: DocumentParams,
        response: DocumentDetail,
        errors: [404],
      },
      ({ params }) => service.get(params.id),
    ),
    defineRoute(
      {
        ...analyst,
        method: "get",
        path: "/api/documents/:id/proposals",
        summary:
          "The document's proposed entities, links and problems (quote, offsets, confidence, reason) and earlier decisions",
        params: DocumentParams,
        response: ProposalsResponse,
        errors: [404],
      },
      ({ params }) => service.proposals(params.id),
    ),
    defineRoute(
      {
        ...analyst,
        method: "post",
        path: "/api/documents/:id/apply",
        audit: "self",
        summary:
          "Apply a review in one transaction: accepted proposals (with edits: kind, name, type, mergeInto) become facts with provenance `document` (id, sha256, quote, offsets, reviewer, time); rejected ones are remembered; audited. Idempotent: re-applying changes nothing.",
        params: DocumentParams,
        body: ApplyBody,
        response: ApplyResult,
        errors: [404, 409, 422],
      },
      ({ params, body, user }) => service.apply(params.id, body, actor(user)),
    ),
  ];
}
