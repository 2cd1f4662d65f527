import { z } from "zod";
import type { Database, Tx } from "../../db/database";
import { defineQuery } from "../../db/query";
import { mergeLinks, mergeNodes, nodesByIds, nodesByNames } from "../../shared/graph-upserts";

const Stored = z.record(z.string(), z.unknown());
const Count = z.object({ count: z.number() });
const none = z.object({});
const Summary = z.object({ document: Stored });

const dictionary = defineQuery("documents/dictionary", {
  params: none,
  row: z.object({
    id: z.string(),
    kind: z.string(),
    name: z.string(),
    nameEn: z.string().nullable(),
    aliases: z.array(z.string()),
  }),
});
const rejectedKeys = defineQuery("documents/rejected-keys", { params: none, row: z.object({ key: z.string() }) });
const create = defineQuery("documents/create", {
  params: z.object({ props: Stored }),
  row: z.object({ id: z.string() }),
});
const list = defineQuery("documents/list", { params: none, row: Summary });
const bySha = defineQuery("documents/by-sha", { params: z.object({ sha256: z.string() }), row: Summary });
const get = defineQuery("documents/get", { params: z.object({ id: z.string() }), row: Summary });
const existingLinks = defineQuery("documents/existing-links", {
  params: z.object({
    links: z.array(
      z.object({ key: z.string(), type: z.string(), from: z.string(), to: z.string(), undirected: z.boolean() }),
    ),
  }),
  row: z.object({ key: z.string() }),
});
const recordApply = defineQuery("documents/record-apply", {
  params: z.object({ id: z.string(), decisions: z.string(), by: z.string(), at: z.string() }),
  row: z.object({ id: z.string() }),
});
const reject = defineQuery("documents/reject", {
  params: z.object({
    rows: z.array(z.object({ key: z.string(), documentId: z.string(), by: z.string(), at: z.string() })),
  }),
  row: Count,
});
const addAlias = defineQuery("documents/add-alias", {
  params: z.object({ rows: z.array(z.object({ id: z.string(), alias: z.string() })) }),
  row: Count,
});

export type NodeWrite = { id: string; labels: string[]; props: Record<string, unknown> };
export type LinkWrite = { id: string; type: string; from: string; to: string; props: Record<string, unknown> };
export type LinkProbe = { key: string; type: string; from: string; to: string; undirected: boolean };

/** The apply's writes, all in one transaction. */
function writes(tx: Tx) {
  return {
    nodesByIds: async (ids: string[]) => (ids.length ? (await tx.run(nodesByIds, { ids })).map((r) => r.node) : []),
    nodesByNames: async (names: string[]) =>
      names.length ? (await tx.run(nodesByNames, { names })).map((r) => r.node) : [],
    existingLinks: async (links: LinkProbe[]) =>
      new Set(links.length ? (await tx.run(existingLinks, { links })).map((r) => r.key) : []),
    createNodes: async (rows: NodeWrite[]) => (rows.length ? ((await tx.run(mergeNodes, { rows }))[0]?.count ?? 0) : 0),
    /** How many found both endpoints (fewer than rows: an endpoint vanished, roll back). */
    createLinks: async (rows: LinkWrite[]) => (rows.length ? ((await tx.run(mergeLinks, { rows }))[0]?.count ?? 0) : 0),
    addAliases: async (rows: { id: string; alias: string }[]) =>
      rows.length ? ((await tx.run(addAlias, { rows }))[0]?.count ?? 0) : 0,
    reject: async (rows: { key: string; documentId: string; by: string; at: string }[]) =>
      rows.length ? ((await tx.run(reject, { rows }))[0]?.count ?? 0) : 0,
    recordApply: async (id: string, decisions: string, by: string, at: string) =>
      (await tx.run(recordApply, { id, decisions, by, at })).length > 0,
  };
}
export type DocumentWrites = ReturnType<typeof writes>;

export function documentsRepo(db: Database) {
  return {
    dictionary: () => db.read(dictionary, {}),
    rejectedKeys: async () => new Set((await db.read(rejectedKeys, {})).map((r) => r.key)),
    list: async () => (await db.read(list, {})).map((r) => r.document),
    bySha: async (sha256: string) => (await db.read(bySha, { sha256 }))[0]?.document ?? null,
    get: async (id: string) => (await db.read(get, { id }))[0]?.document ?? null,
    create: async (props: Record<string, unknown>) => (await db.write(create, { props }))[0]!.id,
    /** Read the document and apply the review in one write transaction. */
    /** One transaction for the whole review; `timeoutMs` as long as an import's (a long document holds many facts). */
    apply: <T>(
      id: string,
      work: (document: Record<string, unknown> | null, ops: DocumentWrites, tx: Tx) => Promise<T>,
      timeoutMs?: number,
    ) =>
      db.writeTx(
        async (tx) => work((await tx.run(get, { id }))[0]?.document ?? null, writes(tx), tx),
        timeoutMs ? { timeoutMs } : {},
      ),
  };
}

export type DocumentsRepo = ReturnType<typeof documentsRepo>;
