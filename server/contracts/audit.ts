import { z } from "zod";
import type { Principal } from "./auth";
import { IsoDateTime, queryInt } from "./common";

export const AuditEntry = z.object({
  id: z.string(),
  /** Position in the tamper-evident chain (1, 2, 3 …). */
  seq: z.number().int(),
  at: z.string(),
  /** Username, or `anonymous` for a failed login with an unknown name, or `cli:<user>` for the command line. */
  by: z.string(),
  role: z.string().nullable(),
  via: z.enum(["session", "token", "cli", "none"]),
  /** e.g. `import.apply`, `user.create`, `auth.login`, or `http.write` for a generic entry. */
  action: z.string(),
  method: z.string().nullable(),
  path: z.string().nullable(),
  status: z.number().nullable(),
  /** The error code when the request failed after its change had committed (the status is then the error's). */
  code: z.string().optional(),
  /** Route parameters, body summary, counts (JSON). */
  details: z.record(z.string(), z.unknown()),
  /** What changed: [{id, op, fields?}] (capped; JSON). */
  changes: z.array(z.record(z.string(), z.unknown())),
  importId: z.string().nullable(),
  file: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z
  .object({
    by: z.string().trim().min(1).max(60).optional(),
    action: z.string().trim().min(1).max(60).optional().describe("Prefix, e.g. `import` or `user.create`"),
    path: z.string().trim().min(1).max(200).optional().describe("Substring of the request path"),
    importId: z.string().trim().min(1).max(60).optional(),
    from: IsoDateTime.optional(),
    to: IsoDateTime.optional(),
    limit: queryInt({ min: 1, max: 500 }).default(50),
    skip: queryInt({ min: 0, max: 1_000_000 }).default(0),
  })
  .strict();
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditResponse = z.object({ entries: z.array(AuditEntry), total: z.number() });
export type AuditResponse = z.infer<typeof AuditResponse>;

export const AuditVerifyResponse = z.object({
  intact: z.boolean(),
  /** Entries checked (all of them when intact; those before the break otherwise). */
  entries: z.number().int(),
  lastSeq: z.number().int().nullable(),
  broken: z.object({ seq: z.number().int(), reason: z.string() }).optional(),
});
export type AuditVerifyResponse = z.infer<typeof AuditVerifyResponse>;

/** A write by a route that does not audit itself: what the router hands the audit trail (http/route.ts). */
export interface GenericWrite {
  user: Principal;
  method: string;
  path: string;
  route: string;
  params: unknown;
  body: unknown;
  status: number;
  /** The error code when the request failed after its change committed. */
  code?: string;
}
