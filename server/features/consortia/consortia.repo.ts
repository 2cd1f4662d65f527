import { z } from "zod";
import type { Database, Tx } from "../../db/database";
import { defineQuery } from "../../db/query";

const Stored = z.record(z.string(), z.unknown());
const Prov = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));
const ids = z.array(z.string());
const Members = z.array(z.object({ org: z.string(), role: z.string() }));

const listQuery = defineQuery("consortia/list", {
  params: z.object({
    ids: ids.nullable(),
    problem: z.string().nullable(),
    org: z.string().nullable(),
    status: ids.nullable(),
  }),
  row: z.object({
    consortium: Stored,
    problem: z
      .object({ id: z.string(), name: z.string(), nameEn: z.string().nullable(), status: z.string().nullable() })
      .nullable(),
    members: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        nameEn: z.string().nullable(),
        kind: z.string(),
        role: z.string().nullable(),
      }),
    ),
  }),
});
const findQuery = defineQuery("consortia/find-entities", {
  params: z.object({ ids }),
  row: z.object({ id: z.string(), kind: z.string().nullable(), name: z.string().nullable() }),
});
const createQuery = defineQuery("consortia/create", {
  params: z.object({ props: Stored, problem: z.string(), prov: Prov }),
  row: z.object({ id: z.string() }),
});
const updateQuery = defineQuery("consortia/update", {
  params: z.object({ id: z.string(), props: Stored }),
  row: z.object({ id: z.string() }),
});
const linkQuery = defineQuery("consortia/link-members", {
  params: z.object({ id: z.string(), members: Members, prov: Prov }),
  row: z.object({ members: z.number() }),
});
const unlinkQuery = defineQuery("consortia/unlink-members", {
  params: z.object({ id: z.string() }),
  row: z.object({ removed: z.number() }),
});
const matchedQuery = defineQuery("consortia/mark-problem-matched", {
  params: z.object({ id: z.string(), prov: Prov }),
  row: z.object({ id: z.string() }),
});
const deleteQuery = defineQuery("consortia/delete", {
  params: z.object({ id: z.string() }),
  row: z.object({ id: z.string() }),
});

export type ConsortiumRow = z.output<typeof listQuery.row>;
export type ListParams = z.input<typeof listQuery.params>;

function writes(tx: Tx) {
  return {
    find: (wanted: string[]) => tx.run(findQuery, { ids: wanted }),
    create: async (props: Record<string, unknown>, problem: string, prov: Record<string, string>) =>
      (await tx.run(createQuery, { props, problem, prov })).length > 0,
    update: async (id: string, props: Record<string, unknown>) => (await tx.run(updateQuery, { id, props })).length > 0,
    setMembers: async (id: string, members: { org: string; role: string }[], prov: Record<string, string>) => {
      await tx.run(unlinkQuery, { id });
      return (await tx.run(linkQuery, { id, members, prov }))[0]?.members ?? 0;
    },
    /** The addressed problem, if open, becomes matched; true when it changed. */
    markProblemMatched: async (id: string, prov: Record<string, string>) =>
      (await tx.run(matchedQuery, { id, prov })).length > 0,
    remove: async (id: string) => (await tx.run(deleteQuery, { id })).length > 0,
  };
}
export type ConsortiumWrites = ReturnType<typeof writes>;

export function consortiaRepo(db: Database) {
  return {
    list: (params: ListParams) => db.read(listQuery, params),
    /** Everything in `work` commits together or not at all. */
    transaction: <T>(work: (ops: ConsortiumWrites) => Promise<T>) => db.writeTx((tx) => work(writes(tx))),
  };
}

export type ConsortiaRepo = ReturnType<typeof consortiaRepo>;
