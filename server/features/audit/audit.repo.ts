import { z } from "zod";
import type { Database, Tx } from "../../db/database";
import { defineQuery } from "../../db/query";

const maybe = z.string().nullable();
const filters = { by: maybe, action: maybe, path: maybe, importId: maybe, from: maybe, to: maybe };

const insertQuery = defineQuery("audit/insert", {
  params: z.object({ entry: z.record(z.string(), z.union([z.string(), z.number(), z.null()])) }),
  row: z.object({ id: z.string() }),
});
const listQuery = defineQuery("audit/list", {
  params: z.object({ ...filters, skip: z.number().int(), limit: z.number().int() }),
  row: z.object({ entry: z.record(z.string(), z.unknown()) }),
});
const countQuery = defineQuery("audit/count", { params: z.object(filters), row: z.object({ total: z.number() }) });

export type AuditFilters = z.input<typeof countQuery.params>;
export type StoredAuditEntry = z.input<typeof insertQuery.params>["entry"];

export function auditRepo(db: Database) {
  return {
    /** Inside the caller's transaction, so the entry commits (or rolls back) with the change it records. */
    insert: (tx: Tx, entry: StoredAuditEntry) => tx.run(insertQuery, { entry }),
    insertAlone: (entry: StoredAuditEntry) => db.write(insertQuery, { entry }),
    async list(params: z.input<typeof listQuery.params>) {
      return (await db.read(listQuery, params)).map((row) => row.entry);
    },
    async count(params: AuditFilters) {
      const [row] = await db.read(countQuery, params);
      return row?.total ?? 0;
    },
  };
}

export type AuditRepo = ReturnType<typeof auditRepo>;
