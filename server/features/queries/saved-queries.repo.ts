import { z } from "zod";
import type { Database } from "../../db/database";
import { defineQuery } from "../../db/query";

const Version = z.record(z.string(), z.unknown());
const createQuery = defineQuery("saved-queries/create", {
  params: z.object({ id: z.string(), owner: z.string().nullable(), version: Version, now: z.string() }),
  row: z.object({ id: z.string() }),
});
const addVersionQuery = defineQuery("saved-queries/add-version", {
  params: z.object({ id: z.string(), version: Version, now: z.string() }),
  row: z.object({ n: z.number() }),
});
const listQuery = defineQuery("saved-queries/list", {
  params: z.object({}),
  row: z.object({ id: z.string(), current: z.number(), owner: z.string().nullable(), version: Version }),
});
const versionsQuery = defineQuery("saved-queries/versions", {
  params: z.object({ id: z.string(), n: z.number().int().nullable() }),
  row: z.object({ current: z.number(), owner: z.string().nullable(), version: Version }),
});
const Change = z.object({ id: z.string(), now: z.string(), by: z.string().nullable() });
const deleteQuery = defineQuery("saved-queries/delete", { params: Change, row: z.object({ deleted: z.string() }) });
const undeleteQuery = defineQuery("saved-queries/undelete", { params: Change, row: z.object({ id: z.string() }) });
const deletedQuery = defineQuery("saved-queries/deleted", {
  params: z.object({}),
  row: z.object({
    id: z.string(),
    owner: z.string().nullable(),
    deletedAt: z.string(),
    deletedBy: z.string().nullable(),
    current: z.number(),
    versions: z.number(),
    title: z.string().nullable(),
  }),
});

/** What a version stores (params as JSON text: Neo4j properties cannot hold a list of maps). */
export interface StoredVersion {
  title: string;
  description: string;
  text: string;
  params: string;
  view: string;
  barX?: string | null;
  barY?: string | null;
  note: string;
  restoredFrom?: number | null;
}

export function savedQueriesRepo(db: Database) {
  return {
    async create(id: string, owner: string | null, version: StoredVersion, now: string) {
      await db.writeTx((tx) => tx.run(createQuery, { id, owner, version: { ...version }, now }));
    },
    async addVersion(id: string, version: StoredVersion, now: string): Promise<number | null> {
      const [row] = await db.writeTx((tx) => tx.run(addVersionQuery, { id, version: { ...version }, now }));
      return row?.n ?? null;
    },
    list: () => db.read(listQuery, {}),
    versions: (id: string, n: number | null = null) => db.read(versionsQuery, { id, n }),
    /** Soft delete (versions kept); false when there was nothing to delete. */
    async delete(id: string, by: string | null, now: string): Promise<boolean> {
      return (await db.writeTx((tx) => tx.run(deleteQuery, { id, by, now }))).length > 0;
    },
    async undelete(id: string, by: string | null, now: string): Promise<boolean> {
      return (await db.writeTx((tx) => tx.run(undeleteQuery, { id, by, now }))).length > 0;
    },
    deleted: () => db.read(deletedQuery, {}),
  };
}

export type SavedQueriesRepo = ReturnType<typeof savedQueriesRepo>;
