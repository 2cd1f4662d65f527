import { z } from "zod";
import { IsoDateTime, queryInt } from "./common";

export const AuditEntry = z.object({
  id: z.string(),
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
