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
import type { Tx } from "../../db/database";
import { DEFAULT_BATCH_ROWS, stagedWriter } from "./staging";
import type { StagingRepo } from "./staging.repo";

type OnProgress = (progress: ProgressResponse) => void;
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

function auditRecord(
  importId: string,
  file: string,
  options: ImportOptions,
  actor: Actor,
  request: { method: string; path: string },
  prepared: Prepared,
  p: Plan,
) {
  return {
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
  };
}

/**
 * Dry run and apply. Apply checks the whole file first (nothing written on any error), then writes it staged
 * in batches that no read sees, and makes it live from one commit transaction that also records the audit
 * entry (decision 039): a failure or a kill before that commit leaves the database as it was.
 */
export function importService(deps: {
  repo: ImportRepo;
  audit: AuditService;
  uploads: UploadStore;
  staging: StagingRepo;
  timeoutMs: number;
  batchRows?: number;
}) {
  const { repo, audit } = deps;
  const batchRows = deps.batchRows ?? DEFAULT_BATCH_ROWS;
  const staging = stagedWriter(deps.staging, { batchRows, timeoutMs: deps.timeoutMs });
  const auditEntry = (tx: Tx, ...args: Parameters<typeof auditRecord>) => audit.inTx(tx, auditRecord(...args));

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
    // 1. Check the whole file against the graph (one read); any error → nothing written.
    onProgress({ phase: "comparing", done: 0, total: prepared.total });
    const p = await plan(prepared, actor.username, file, () => {});
    if (p.errors.length) {
      throw new DomainError(
        "unprocessable",
        "IMPORT_INVALID",
        `${p.errors.length} problem(s) in ${file}; nothing was written. Fix them and preview again.`,
        { summary: p.summary, errors: sortErrors(p.errors, prepared.headers).slice(0, 200) },
      );
    }
    // 2. Stage in batches (invisible), 3. commit with the audit entry, 4. flip the rest (decision 039).
    const total = 2 * (p.nodes.length + p.links.length);
    let done = 0;
    const advance = (rows: number) => onProgress({ phase: "writing", done: (done += rows), total });
    onProgress({ phase: "writing", done, total });
    let committed = false;
    try {
      await staging.begin(importId, file, actor.username);
      await staging.stage(importId, p.nodes, p.links, advance);
      const commit = await staging.commit(importId, (tx) =>
        auditEntry(tx, importId, file, options, actor, request, prepared, p),
      );
      committed = true;
      advance(commit.flipped);
      if (!commit.done) await staging.flipRest(importId, advance);
      return {
        importId,
        auditId: commit.result,
        file,
        entity: options.entity,
        summary: p.summary,
        created: p.created.slice(0, 100),
      };
    } catch (error) {
      if (committed) {
        throw new DomainError(
          "unavailable",
          "IMPORT_COMPLETING_LATER",
          `${file} is imported and recorded (${importId}), but writing its last rows was interrupted; they are completed when the server or an import next starts.`,
          { importId },
        );
      }
      await staging.discard(importId).catch(() => {}); // the next start's recovery removes what is left
      if (error instanceof TransactionMemoryError) {
        throw new DomainError(
          "too_large",
          "IMPORT_TOO_LARGE_FOR_MEMORY",
          `A batch of ${batchRows} rows of ${file} needs more transaction memory than the database has; nothing was written. Lower IMPORT_BATCH_ROWS, or give Neo4j more memory (NEO4J_HEAP).`,
          { rows: prepared.total, batchRows },
        );
      }
      throw error;
    }
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
    /** Discard killed imports, complete committed ones (server start, CLI import start). */
    recover: staging.recover,

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
