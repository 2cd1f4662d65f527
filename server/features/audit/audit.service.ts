import { randomUUID } from "node:crypto";
import type { AuditEntry, AuditQuery, AuditResponse } from "../../contracts/audit";
import type { Tx } from "../../db/database";
import type { AuditRepo } from "./audit.repo";

/** What a feature records; `at`/`id` are filled in here. */
export interface AuditRecord {
  by: string;
  role?: string | null;
  via: AuditEntry["via"];
  action: string;
  method?: string | null;
  path?: string | null;
  status?: number | null;
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
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET_KEYS.test(k) ? "[redacted]" : summarizeBody(v, depth + 1)]),
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

/** ISO day `to` means "through the end of that day". */
function exclusiveEnd(to: string | undefined): string | null {
  if (!to) return null;
  if (to.includes("T")) return to;
  const next = new Date(`${to}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString();
}

export function auditService(repo: AuditRepo) {
  function stored(record: AuditRecord) {
    return {
      id: `aud_${Date.now().toString(36)}_${randomUUID().slice(0, 8)}`,
      at: new Date().toISOString(),
      by: record.by,
      role: record.role ?? null,
      via: record.via,
      action: record.action,
      method: record.method ?? null,
      path: record.path ?? null,
      status: record.status ?? null,
      details: json(record.details ?? {}, 20_000),
      changes: json((record.changes ?? []).slice(0, MAX_CHANGES), 400_000),
      importId: record.importId ?? null,
      file: record.file ?? null,
    };
  }

  return {
    /** In the same transaction as the change. */
    async inTx(tx: Tx, record: AuditRecord): Promise<string> {
      const entry = stored(record);
      await repo.insert(tx, entry);
      return entry.id;
    },
    /** On its own (generic entries after another feature's write, sign-ins). */
    async record(record: AuditRecord): Promise<string> {
      const entry = stored(record);
      await repo.insertAlone(entry);
      return entry.id;
    },
    async list(query: AuditQuery): Promise<AuditResponse> {
      const filters = {
        by: query.by ?? null, action: query.action ?? null, path: query.path ?? null, importId: query.importId ?? null,
        from: query.from ?? null, to: exclusiveEnd(query.to),
      };
      const [rows, total] = await Promise.all([repo.list({ ...filters, skip: query.skip, limit: query.limit }), repo.count(filters)]);
      const entries = rows.map((row): AuditEntry => ({
        id: String(row.id),
        at: String(row.at),
        by: String(row.by),
        role: typeof row.role === "string" ? row.role : null,
        via: (row.via as AuditEntry["via"]) ?? "none",
        action: String(row.action),
        method: typeof row.method === "string" ? row.method : null,
        path: typeof row.path === "string" ? row.path : null,
        status: typeof row.status === "number" ? row.status : null,
        details: parseJson(row.details, {}) as Record<string, unknown>,
        changes: parseJson(row.changes, []) as Record<string, unknown>[],
        importId: typeof row.importId === "string" ? row.importId : null,
        file: typeof row.file === "string" ? row.file : null,
      }));
      return { entries, total };
    },
  };
}

export type AuditService = ReturnType<typeof auditService>;

/** Generic entry for a write by a route that does not audit itself (mountRoutes calls this via the guard). */
export function genericWriteRecord(entry: { user: { username: string; role: string; via: "session" | "token" }; method: string; path: string; route: string; params: unknown; body: unknown; status: number }): AuditRecord {
  return {
    by: entry.user.username,
    role: entry.user.role,
    via: entry.user.via,
    action: "http.write",
    method: entry.method,
    path: entry.path,
    status: entry.status,
    details: { route: entry.route, params: entry.params ?? {}, body: summarizeBody(entry.body) },
  };
}
