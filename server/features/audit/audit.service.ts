import { randomUUID } from "node:crypto";
import type { AuditEntry, AuditQuery, AuditResponse, AuditVerifyResponse } from "../../contracts/audit";
import type { Tx } from "../../db/database";
import { fieldErrors } from "../../contracts/errors";
import { bodyContext, metaContext, type AuditBody, type AuditMeta, type AuditRepo, type ChainRow } from "./audit.repo";
import type { GenericWrite } from "../../contracts/audit";

/** What a feature records; `at`/`id` are filled in here. */
export interface AuditRecord {
  by: string;
  role?: string | null;
  via: AuditEntry["via"];
  action: string;
  method?: string | null;
  path?: string | null;
  status?: number | null;
  /** Error code of a request that failed after its change committed. */
  code?: string | null;
  details?: Record<string, unknown>;
  changes?: Record<string, unknown>[];
  importId?: string | null;
  file?: string | null;
}

/** Changes kept per entry; the counts in `details` stay exact. */
export const MAX_CHANGES = 1000;
const SECRET_KEYS = /pass(word)?|secret|token|hash/i;

/** A request body as it may be stored: secrets replaced, long strings and large arrays cut. */
export function summarizeBody(value: unknown, depth = 0): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value.length > 300 ? `${value.slice(0, 300)}…` : value;
  if (typeof value !== "object") return value;
  if (depth > 3) return "…";
  if (Array.isArray(value)) {
    const head = value.slice(0, 20).map((v) => summarizeBody(v, depth + 1));
    return value.length > 20 ? [...head, `… ${value.length - 20} more`] : head;
  }
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [
      k,
      SECRET_KEYS.test(k) ? "[redacted]" : summarizeBody(v, depth + 1),
    ]),
  );
}

function json(value: unknown, max: number): string {
  const text = JSON.stringify(value ?? null);
  return text.length <= max ? text : JSON.stringify({ truncated: true, preview: text.slice(0, max) });
}

function parseJson(value: unknown, fallback: unknown): unknown {
  if (typeof value !== "string") return fallback;
  try {
    return JSON.parse(value);
  } catch {
    return fallback;
  }
}

/** ISO day `to` means "through the end of that day"; an impossible date is the client's mistake (400). */
function exclusiveEnd(to: string | undefined): string | null {
  if (!to) return null;
  const parsed = new Date(to.includes("T") ? to : `${to}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || (!to.includes("T") && parsed.toISOString().slice(0, 10) !== to)) {
    throw fieldErrors([{ field: "to", message: "not a real date", rule: "real_date" }], "query parameter");
  }
  if (to.includes("T")) return to;
  parsed.setUTCDate(parsed.getUTCDate() + 1);
  return parsed.toISOString();
}

/** Stored entries are checked in batches of this many (GET /api/audit/verify). */
const VERIFY_BATCH = 500;

export function auditService(repo: AuditRepo) {
  const { sealer } = repo;
  function stored(record: AuditRecord): { meta: AuditMeta; body: AuditBody } {
    return {
      meta: {
        id: `aud_${Date.now().toString(36)}_${randomUUID().slice(0, 8)}`,
        at: new Date().toISOString(),
        by: record.by,
        role: record.role ?? null,
        via: record.via,
        action: record.action,
        method: record.method ?? null,
        path: record.path ?? null,
        status: record.status ?? null,
        ...(record.code ? { code: record.code } : {}),
        importId: record.importId ?? null,
        file: record.file ?? null,
      },
      body: {
        details: json(record.details ?? {}, 20_000),
        changes: json((record.changes ?? []).slice(0, MAX_CHANGES), 400_000),
      },
    };
  }

  function matches(meta: AuditMeta, query: AuditQuery, to: string | null): boolean {
    return (
      (!query.by || meta.by === query.by) &&
      (!query.action || meta.action.startsWith(query.action)) &&
      (!query.path || (meta.path ?? "").includes(query.path)) &&
      (!query.importId || meta.importId === query.importId) &&
      (!query.from || meta.at >= query.from) &&
      (!to || meta.at < to)
    );
  }

  return {
    /** In the same transaction as the change. */
    async inTx(tx: Tx, record: AuditRecord): Promise<string> {
      const { meta, body } = stored(record);
      await repo.insert(tx, meta, body);
      return meta.id;
    },
    /** On its own (generic entries after another feature's write, sign-ins). */
    async record(record: AuditRecord): Promise<string> {
      const { meta, body } = stored(record);
      await repo.insertAlone(meta, body);
      return meta.id;
    },
    /** Filtered and paged in the app after unsealing (the database cannot read the fields it would filter on). */
    async list(query: AuditQuery): Promise<AuditResponse> {
      const to = exclusiveEnd(query.to);
      const all = (await repo.metas()).filter((meta) => matches(meta, query, to));
      const page = all.slice(query.skip, query.skip + query.limit);
      const bodies = await repo.bodies(page.map((meta) => meta.seq));
      const entries = page.map((meta): AuditEntry => {
        const body = bodies.get(meta.seq);
        return {
          id: meta.id,
          seq: meta.seq,
          at: meta.at,
          by: meta.by,
          role: meta.role,
          via: (meta.via as AuditEntry["via"]) ?? "none",
          action: meta.action,
          method: meta.method,
          path: meta.path,
          status: meta.status,
          ...(meta.code ? { code: meta.code } : {}),
          details: parseJson(body?.details, {}) as Record<string, unknown>,
          changes: parseJson(body?.changes, []) as Record<string, unknown>[],
          importId: meta.importId,
          file: meta.file,
        };
      });
      return { entries, total: all.length };
    },
    /**
     * Walk the chain from the first entry: each seq follows the one before, links to its hash, its own hash is
     * the HMAC of (previous hash, seq, sealed meta, sealed body), and both blobs open under the key. The head
     * must point at the last entry (so a deleted tail is seen too). Reports the first broken seq.
     */
    async verify(): Promise<AuditVerifyResponse> {
      let prev = { seq: 0, hash: "" };
      let checked = 0;
      const broken = (seq: number, reason: string): AuditVerifyResponse => ({
        intact: false,
        entries: checked,
        lastSeq: prev.seq || null,
        broken: { seq, reason },
      });
      for (;;) {
        const rows = await repo.chain(prev.seq, VERIFY_BATCH);
        for (const row of rows) {
          const problem = chainProblem(row, prev, sealer);
          if (problem) return broken(row.seq, problem);
          prev = { seq: row.seq, hash: row.hash! };
          checked++;
        }
        if (rows.length < VERIFY_BATCH) break;
      }
      const head = await repo.head();
      if (head.entries !== checked)
        return broken(prev.seq + 1, `${head.entries - checked} entries are outside the chain (no seq, or a gap)`);
      if ((head.seq ?? 0) !== prev.seq || (head.hash ?? "") !== prev.hash)
        return broken(
          prev.seq + 1,
          `the chain head points at seq ${head.seq ?? 0}: entries after ${prev.seq} are missing`,
        );
      return { intact: true, entries: checked, lastSeq: prev.seq || null };
    },
  };
}

function chainProblem(row: ChainRow, prev: { seq: number; hash: string }, sealer: AuditRepo["sealer"]): string | null {
  if (row.seq !== prev.seq + 1) return `expected seq ${prev.seq + 1} next, found ${row.seq} (entries missing)`;
  if (row.prevHash !== prev.hash)
    return "its link to the previous entry does not match (an entry before it was changed or removed)";
  if (!row.meta || !row.body || !row.hash) return "it lacks its sealed content or its hash";
  if (sealer.chain(prev.hash, row.seq, row.meta, row.body) !== row.hash)
    return "its content does not match its hash (changed after it was written)";
  try {
    sealer.unseal(row.meta, metaContext(row.seq));
    sealer.unseal(row.body, bodyContext(row.seq));
  } catch {
    return "its sealed content does not open under this server's key";
  }
  return null;
}

export type AuditService = ReturnType<typeof auditService>;

/** Generic entry for a write by a route that does not audit itself (mountRoutes calls this via the guard). */
export function genericWriteRecord(entry: GenericWrite): AuditRecord {
  return {
    by: entry.user.username,
    role: entry.user.role,
    via: entry.user.via,
    action: "http.write",
    method: entry.method,
    path: entry.path,
    status: entry.status,
    code: entry.code ?? null,
    details: { route: entry.route, params: entry.params ?? {}, body: summarizeBody(entry.body) },
  };
}
