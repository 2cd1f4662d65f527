import { randomBytes } from "node:crypto";
import type {
  ApplyBody,
  ApplyResult,
  DocumentDetail,
  DocumentSummary,
  ProposalsResponse,
} from "../../contracts/documents";
import { NODE_KINDS, type NodeKind } from "../../contracts/model";
import {
  decodeTextDocument,
  detectDocumentFormat,
  DocumentReadError,
  sha256,
  type ReadProblem,
} from "../../domain/extract/decode";
import { buildDictionary } from "../../domain/extract/dictionary";
import { extract } from "../../domain/extract/extract";
import { splitSentences } from "../../domain/extract/sentences";
import { DomainError, notFound, type ErrorKind } from "../../contracts/errors";
import type { AuditService } from "../audit/audit.service";
import type { Actor } from "../auth/users.service";
import { idsToLookUp, planApply, type Proposals } from "./apply-plan";
import type { DocumentsRepo } from "./documents.repo";
import type { Upload } from "./read-upload";
import { readRichDocument } from "./rich-formats";

const KIND: Record<ReadProblem, ErrorKind> = {
  EMPTY_DOCUMENT: "invalid",
  UNSUPPORTED_TYPE: "unsupported",
  BAD_ENCODING: "unprocessable",
  NO_TEXT_LAYER: "unprocessable",
  UNREADABLE_DOCUMENT: "unprocessable",
  TOO_LARGE: "too_large",
};
const str = (v: unknown) => (typeof v === "string" ? v : null);
const num = (v: unknown) => (typeof v === "number" ? v : 0);

function summary(d: Record<string, unknown>): DocumentSummary {
  return {
    id: String(d.id),
    title: str(d.title),
    file: str(d.file),
    format: String(d.format ?? "txt"),
    encoding: str(d.encoding),
    sha256: String(d.sha256),
    chars: num(d.chars),
    date: str(d.date),
    number: str(d.number),
    issuer: str(d.issuer),
    issuerId: str(d.issuerId),
    status: d.status === "applied" ? "applied" : "new",
    uploadedBy: String(d.uploadedBy ?? ""),
    uploadedAt: String(d.uploadedAt ?? ""),
    appliedBy: str(d.appliedBy),
    appliedAt: str(d.appliedAt),
    counts: { entities: num(d.entityCount), links: num(d.linkCount), problems: num(d.problemCount) },
  };
}

function parsed<T>(json: unknown, fallback: T): T {
  if (typeof json !== "string") return fallback;
  try {
    return JSON.parse(json) as T;
  } catch {
    return fallback;
  }
}

/** The text of an upload; a document that cannot be read is refused with its reason (nothing is stored). */
async function readText(upload: Upload): Promise<{
  text: string;
  bytes: Uint8Array;
  format: string;
  encoding: string | null;
  file: string | null;
  title?: string;
}> {
  try {
    if (upload.kind === "text") {
      const text = upload.text.replace(/\r\n?/g, "\n");
      if (!text.trim()) throw new DocumentReadError("EMPTY_DOCUMENT", "The pasted text is empty");
      return {
        text,
        bytes: new TextEncoder().encode(text),
        format: "text",
        encoding: "utf-8",
        file: null,
        title: upload.title,
      };
    }
    const format = detectDocumentFormat(upload.bytes, upload.file);
    if (format === "txt")
      return { ...decodeTextDocument(upload.bytes), bytes: upload.bytes, format, file: upload.file };
    return {
      text: await readRichDocument(format, upload.bytes),
      bytes: upload.bytes,
      format,
      encoding: null,
      file: upload.file,
    };
  } catch (error) {
    if (error instanceof DocumentReadError) throw new DomainError(KIND[error.problem], error.problem, error.message);
    throw error;
  }
}

/**
 * Ingest (read → propose → store the document with its proposals; the graph is untouched), list and show
 * documents, and apply a review: one transaction writes the accepted facts with `document` provenance,
 * remembers the rejections, records the decisions and the audit entry — or nothing at all.
 */
export function documentsService(deps: { repo: DocumentsRepo; audit: AuditService; timeoutMs?: number }) {
  const { repo, audit } = deps;

  async function dictionary() {
    const rows = await repo.dictionary();
    return buildDictionary(
      rows
        .filter((r) => (NODE_KINDS as readonly string[]).includes(r.kind))
        .map((r) => ({
          id: r.id,
          kind: r.kind as NodeKind,
          name: r.name,
          nameEn: r.nameEn ?? undefined,
          aliases: r.aliases,
        })),
    );
  }

  async function load(id: string) {
    const d = await repo.get(id);
    if (!d) throw notFound("Document", id);
    return d;
  }

  return {
    /** Read and propose without storing anything (the CLI's --dry-run). */
    async preview(upload: Upload) {
      const read = await readText(upload);
      const sha = sha256(read.bytes);
      return {
        existing: await repo.bySha(sha).then((d) => (d ? summary(d) : null)),
        extraction: extract(read.text, await dictionary(), sha, { rejected: await repo.rejectedKeys() }),
      };
    },

    async ingest(upload: Upload, by: string): Promise<{ created: boolean; document: DocumentSummary }> {
      const read = await readText(upload);
      const sha = sha256(read.bytes);
      const existing = await repo.bySha(sha);
      if (existing) return { created: false, document: summary(existing) };
      const x = extract(read.text, await dictionary(), sha, { rejected: await repo.rejectedKeys() });
      const proposals: Proposals = { entities: x.entities, links: x.links, problems: x.problems };
      const props = {
        id: `doc_${Date.now().toString(36)}${randomBytes(4).toString("hex")}`,
        sha256: sha,
        title: read.title ?? x.document.title ?? read.file ?? "（无标题）",
        file: read.file,
        format: read.format,
        encoding: read.encoding,
        chars: read.text.length,
        text: read.text,
        date: x.document.date,
        number: x.document.number,
        issuer: x.document.issuer?.text ?? null,
        issuerId: x.document.issuer?.id ?? null,
        status: "new",
        uploadedBy: by,
        uploadedAt: new Date().toISOString(),
        proposals: JSON.stringify(proposals),
        decisions: "{}",
        entityCount: x.entities.length,
        linkCount: x.links.length,
        problemCount: x.problems.length,
      };
      const stored = Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null));
      await repo.create(stored);
      return { created: true, document: summary(stored) };
    },

    list: async () => ({ documents: (await repo.list()).map(summary) }),

    async get(id: string): Promise<DocumentDetail> {
      const d = await load(id);
      const text = String(d.text ?? "");
      return {
        ...summary(d),
        text,
        sentences: splitSentences(text).map(({ index, start, end, heading }) => ({ index, start, end, heading })),
      };
    },

    async proposals(id: string): Promise<ProposalsResponse> {
      const d = await load(id);
      const p = parsed<Proposals>(d.proposals, { entities: [], links: [], problems: [] });
      return { documentId: id, ...p, decisions: parsed(d.decisions, {}) };
    },

    async apply(
      id: string,
      body: ApplyBody,
      actor: Actor,
      request = { method: "POST", path: `/api/documents/${id}/apply` },
    ): Promise<ApplyResult> {
      return repo.apply(
        id,
        async (d, ops, tx) => {
          if (!d) throw notFound("Document", id);
          const proposals = parsed<Proposals>(d.proposals, { entities: [], links: [], problems: [] });
          const at = new Date().toISOString();
          const prov = { documentId: id, sha256: String(d.sha256), by: actor.username, at };
          const wanted = idsToLookUp(proposals, body);
          const stored = new Map((await ops.nodesByIds(wanted.ids)).map((n) => [String(n.id), n]));
          const byName = new Map(
            (await ops.nodesByNames(wanted.names.map((n) => n.toLowerCase()))).map((n) => [String(n.name), n]),
          );
          const plan = planApply(proposals, body, prov, stored, byName);
          const existing = await ops.existingLinks(plan.probes);
          const newLinks = plan.links.filter((l) => !existing.has(l.id));
          const createdNodes = await ops.createNodes(plan.nodes.map(({ proposal: _p, ...n }) => n));
          const linked = await ops.createLinks(newLinks.map(({ proposal: _p, undirected: _u, ...l }) => l));
          if (linked !== newLinks.length)
            throw new DomainError(
              "conflict",
              "CONFLICT",
              "A node disappeared while applying; nothing was written. Try again.",
            );
          await ops.addAliases(plan.aliases);
          const keyOf = new Map<string, string>(
            [...proposals.entities, ...proposals.links, ...proposals.problems].map((p) => [p.id, p.key]),
          );
          const rejected = await ops.reject(
            body.reject.map((pid) => ({ key: keyOf.get(pid)!, documentId: id, by: actor.username, at })),
          );
          const decisions = {
            ...parsed<Record<string, string>>(d.decisions, {}),
            ...Object.fromEntries(body.accept.map((a) => [a, "applied"])),
            ...Object.fromEntries(body.reject.map((r) => [r, "rejected"])),
          };
          await ops.recordApply(id, JSON.stringify(decisions), actor.username, at);
          const result = {
            created: { nodes: createdNodes, links: linked },
            unchanged: { nodes: 0, links: plan.links.length - newLinks.length },
            rejected,
          };
          const auditId = await audit.inTx(tx, {
            by: actor.username,
            role: actor.role,
            via: actor.via,
            action: "documents.apply",
            method: request.method,
            path: request.path,
            status: 200,
            file: str(d.file),
            details: {
              documentId: id,
              sha256: d.sha256,
              title: d.title,
              accepted: body.accept.length,
              edits: body.edits.length,
              ...result,
            },
            changes: [
              ...plan.nodes.map((n) => ({ op: "create-node", id: n.id, proposal: n.proposal })),
              ...newLinks.map((l) => ({ op: "create-link", id: l.id, proposal: l.proposal })),
            ],
          });
          return {
            documentId: id,
            auditId,
            ...result,
            nodes: plan.nodes.map((n) => ({
              id: n.id,
              name: String(n.props.name),
              kind: String(n.props.kind),
              proposal: n.proposal,
            })),
            links: newLinks.map((l) => ({ id: l.id, type: l.type, from: l.from, to: l.to, proposal: l.proposal })),
          };
        },
        deps.timeoutMs,
      );
    },
  };
}

export type DocumentsService = ReturnType<typeof documentsService>;
