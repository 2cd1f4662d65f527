import { randomBytes } from "node:crypto";
import type {
  ApplyResponse,
  ImportOptions,
  PreviewResponse,
  PreviewRow,
  ProgressResponse,
  UploadResponse,
} from "../../contracts/import";
import { TransactionMemoryError } from "../../db/errors";
import { DomainError } from "../../contracts/errors";
import type { AuditService } from "../audit/audit.service";
import type { Actor } from "../auth/users.service";
import type { ImportRepo } from "./import.repo";
import { suggestEntity, autoMap } from "./mapping";
import { entityDef } from "./entities";
import { readImportFile } from "./parse/read-file";
import { planImport, type Plan } from "./plan";
import { prepareImport, type Prepared } from "./prepare";
import type { UploadStore } from "./uploads";

type OnProgress = (progress: ProgressResponse) => void;
const BATCH = 1000;
const PREVIEW_ROWS = 2000;
const today = () => new Date().toISOString().slice(0, 10);

function context(prepared: Prepared, file: string, by: string) {
  return {
    file,
    by,
    today: today(),
    column: (field: string) => prepared.headers[prepared.mapping.indexOf(field)] || field,
  };
}

/** Errors in reading order: by row, then by the column's place in the file (file-wide problems first). */
export function sortErrors<E extends { row: number; column: string | null }>(errors: E[], headers: string[]): E[] {
  const place = (column: string | null) =>
    column === null ? -1 : headers.indexOf(column) < 0 ? headers.length : headers.indexOf(column);
  return errors
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.row - b.e.row || place(a.e.column) - place(b.e.column) || a.i - b.i)
    .map(({ e }) => e);
}

function previewOf(
  uploadId: string,
  file: string,
  prepared: Prepared,
  plan: Plan,
  entity: ImportOptions["entity"],
): PreviewResponse {
  const errorRows = [...new Set(plan.errors.filter((e) => e.row > 0).map((e) => e.row))].map((row): PreviewRow => ({
    row,
    status: "error",
    ids: [],
    name: null,
    changes: [],
  }));
  const rows = [
    ...errorRows,
    ...plan.rows.filter((r) => r.status !== "unchanged"),
    ...plan.rows.filter((r) => r.status === "unchanged"),
  ];
  return {
    uploadId,
    file,
    entity,
    encoding: prepared.read.encoding,
    headers: prepared.headers,
    mapping: prepared.mapping,
    ignoredColumns: prepared.ignoredColumns,
    summary: plan.summary,
    rows: rows.slice(0, PREVIEW_ROWS),
    errors: sortErrors(plan.errors, prepared.headers).slice(0, PREVIEW_ROWS),
    truncated: rows.length > PREVIEW_ROWS || plan.errors.length > PREVIEW_ROWS,
  };
}

/**
 * Dry run and atomic apply. Apply re-plans inside its one write transaction (what is stored may have changed
 * since the preview), writes only new or changed rows, and records the audit entry in that same transaction:
 * any error rolls everything back and the database is exactly as before.
 */
export function importService(deps: {
  repo: ImportRepo;
  audit: AuditService;
  uploads: UploadStore;
  timeoutMs: number;
}) {
  const { repo, audit } = deps;

  async function plan(prepared: Prepared, by: string, file: string, onProgress: OnProgress) {
    onProgress({ phase: "resolving", done: 0, total: prepared.total });
    return repo.read(
      (tx) => planImport(prepared.valid, prepared.errors, repo.lookup(tx), context(prepared, file, by), prepared.total),
      deps.timeoutMs,
    );
  }

  async function applyBytes(
    bytes: Uint8Array,
    file: string,
    options: ImportOptions,
    actor: Actor,
    onProgress: OnProgress = () => {},
    request = { method: "CLI", path: "npm run import" },
  ): Promise<ApplyResponse> {
    onProgress({ phase: "reading", done: 0, total: 0 });
    const prepared = await prepareImport(bytes, file, options);
    const importId = `imp_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
    return repo
      .write(async (tx) => {
        onProgress({ phase: "comparing", done: 0, total: prepared.total });
        const p = await planImport(
          prepared.valid,
          prepared.errors,
          repo.lookup(tx),
          context(prepared, file, actor.username),
          prepared.total,
        );
        if (p.errors.length) {
          throw new DomainError(
            "unprocessable",
            "IMPORT_INVALID",
            `${p.errors.length} problem(s) in ${file}; nothing was written. Fix them and preview again.`,
            { summary: p.summary, errors: sortErrors(p.errors, prepared.headers).slice(0, 200) },
          );
        }
        const total = p.nodes.length + p.links.length;
        let done = 0;
        onProgress({ phase: "writing", done, total });
        for (let i = 0; i < p.nodes.length; i += BATCH) {
          done += await repo.mergeNodes(tx, p.nodes.slice(i, i + BATCH));
          onProgress({ phase: "writing", done, total });
        }
        for (let i = 0; i < p.links.length; i += BATCH) {
          const batch = p.links.slice(i, i + BATCH);
          const merged = await repo.mergeLinks(tx, batch);
          if (merged !== batch.length)
            throw new DomainError(
              "conflict",
              "CONFLICT",
              "A referenced node disappeared while importing; nothing was written. Try again.",
            );
          done += merged;
          onProgress({ phase: "writing", done, total });
        }
        const auditId = await audit.inTx(tx, {
          by: actor.username,
          role: actor.role,
          via: actor.via,
          action: "import.apply",
          method: request.method,
          path: request.path,
          status: 200,
          importId,
          file,
          details: {
            entity: options.entity,
            format: prepared.read.format,
            encoding: prepared.read.encoding,
            sheet: options.sheet ?? null,
            summary: p.summary,
            nodes: p.nodes.length,
            links: p.links.length,
          },
          changes: p.changes,
        });
        return {
          importId,
          auditId,
          file,
          entity: options.entity,
          summary: p.summary,
          created: p.created.slice(0, 100),
        };
      }, deps.timeoutMs)
      .catch((error: unknown) => {
        // One transaction holds every row: a file can outgrow the database's transaction memory before IMPORT_MAX_MB.
        if (error instanceof TransactionMemoryError) {
          throw new DomainError(
            "too_large",
            "IMPORT_TOO_LARGE_FOR_MEMORY",
            `${file} (${prepared.total} rows) is too large to apply in one transaction with the database's memory; nothing was written. Split it into smaller files, or give Neo4j more memory (NEO4J_HEAP).`,
            { rows: prepared.total },
          );
        }
        throw error;
      });
  }

  async function previewBytes(
    bytes: Uint8Array,
    file: string,
    options: ImportOptions,
    by: string,
    onProgress: OnProgress = () => {},
  ) {
    onProgress({ phase: "reading", done: 0, total: 0 });
    const prepared = await prepareImport(bytes, file, options);
    return { prepared, plan: await plan(prepared, by, file, onProgress) };
  }

  /** Progress is kept on the upload, so the UI can poll it while the preview or apply request runs. */
  function track(upload: { progress: ProgressResponse }): OnProgress {
    return (progress) => {
      upload.progress = progress;
    };
  }

  return {
    previewBytes,
    applyBytes,

    async upload(bytes: Uint8Array, file: string, by: string): Promise<UploadResponse> {
      const read = await readImportFile(bytes, file, { encoding: "auto" });
      const upload = deps.uploads.add(file, bytes, by);
      const entity = read.graph
        ? "graph"
        : (entityDef((read.entityHint ?? "") as never)?.key ?? suggestEntity(read.table.headers));
      const def = entity && entity !== "graph" ? entityDef(entity) : null;
      return {
        uploadId: upload.id,
        file,
        size: bytes.length,
        format: read.format,
        encoding: read.encoding,
        sheets: read.sheets,
        headers: read.table.headers,
        entity,
        mapping: def ? autoMap(read.table.headers, def) : read.table.headers.map(() => null),
      };
    },

    async preview(uploadId: string, options: ImportOptions, by: string): Promise<PreviewResponse> {
      const upload = deps.uploads.get(uploadId, by);
      try {
        const { prepared, plan: p } = await previewBytes(upload.bytes, upload.file, options, by, track(upload));
        upload.progress = { phase: "done", done: prepared.total, total: prepared.total };
        return previewOf(upload.id, upload.file, prepared, p, options.entity);
      } catch (error) {
        upload.progress = { ...upload.progress, phase: "failed" };
        throw error;
      }
    },

    async apply(uploadId: string, options: ImportOptions, actor: Actor): Promise<ApplyResponse> {
      const upload = deps.uploads.get(uploadId, actor.username);
      try {
        const result = await applyBytes(upload.bytes, upload.file, options, actor, track(upload), {
          method: "POST",
          path: `/api/import/uploads/${upload.id}/apply`,
        });
        upload.progress = { phase: "done", done: upload.progress.total, total: upload.progress.total };
        return result;
      } catch (error) {
        upload.progress = { ...upload.progress, phase: "failed" };
        throw error;
      }
    },

    progress: (uploadId: string, by: string): ProgressResponse => deps.uploads.get(uploadId, by).progress,
  };
}

export type ImportService = ReturnType<typeof importService>;
