// Statements of the staged import (decision 039): the marker, staged side nodes, the flip, the undo.
import { z } from "zod";
import type { Database, Tx } from "../../db/database";
import { defineQuery } from "../../db/query";
import { LinkUpsert, NodeUpsert } from "../../shared/graph-upserts";

const Count = z.object({ count: z.number() });
const Id = z.object({ importId: z.string() });
const Batch = Id.extend({ limit: z.number().int().positive() });

const begin = defineQuery("import/begin", {
  params: Id.extend({ file: z.string(), by: z.string(), owner: z.string(), now: z.string() }),
  row: z.object({ id: z.string() }),
});
const stageNodes = defineQuery("import/stage-nodes", { params: Id.extend({ rows: z.array(NodeUpsert) }), row: Count });
const stageLinks = defineQuery("import/stage-links", { params: Id.extend({ rows: z.array(LinkUpsert) }), row: Count });
const touch = defineQuery("import/touch", {
  params: Id.extend({ state: z.string(), staged: z.number().int(), flipped: z.number().int(), now: z.string() }),
  row: Count,
});
const dangling = defineQuery("import/dangling", { params: Id, row: Count });
const commit = defineQuery("import/commit", { params: Id.extend({ now: z.string() }), row: Count });
const flipNodes = defineQuery("import/flip-nodes", { params: Batch, row: Count });
const flipLinks = defineQuery("import/flip-links", { params: Batch, row: Count.extend({ dangling: z.number() }) });
const discard = defineQuery("import/discard", { params: Batch, row: z.object({ deleted: z.number() }) });
const finish = defineQuery("import/finish", { params: Id, row: Count });
const pending = defineQuery("import/pending", {
  params: z.object({}),
  row: z.object({
    id: z.string(),
    state: z.enum(["staging", "committed"]),
    owner: z.string(),
    heartbeatAt: z.string(),
    file: z.string(),
  }),
});
const stagedCount = defineQuery("import/staged-count", { params: z.object({}), row: Count });

export type PendingImport = z.infer<typeof pending.row>;
const now = () => new Date().toISOString();
const first = (rows: { count: number }[]) => rows[0]?.count ?? 0;

export function stagingRepo(db: Database) {
  return {
    write: <T>(work: (tx: Tx) => Promise<T>, timeoutMs: number) => db.writeTx(work, { timeoutMs }),
    begin: (importId: string, file: string, by: string, owner: string) =>
      db.write(begin, { importId, file, by, owner, now: now() }),
    stageNodes: async (tx: Tx, importId: string, rows: NodeUpsert[]) =>
      first(await tx.run(stageNodes, { importId, rows })),
    stageLinks: async (tx: Tx, importId: string, rows: LinkUpsert[]) =>
      first(await tx.run(stageLinks, { importId, rows })),
    /** Heartbeat + progress; false when the marker is gone or not in `state` any more. */
    touch: async (tx: Tx, importId: string, state: "staging" | "committed", staged: number, flipped: number) =>
      first(await tx.run(touch, { importId, state, staged, flipped, now: now() })) > 0,
    dangling: async (tx: Tx, importId: string) => first(await tx.run(dangling, { importId })),
    commit: async (tx: Tx, importId: string) => first(await tx.run(commit, { importId, now: now() })) > 0,
    flipNodes: async (tx: Tx, importId: string, limit: number) => first(await tx.run(flipNodes, { importId, limit })),
    flipLinks: async (tx: Tx, importId: string, limit: number) =>
      (await tx.run(flipLinks, { importId, limit }))[0] ?? { count: 0, dangling: 0 },
    discard: async (importId: string, limit: number) => (await db.write(discard, { importId, limit }))[0]?.deleted ?? 0,
    finish: async (tx: Tx, importId: string) => first(await tx.run(finish, { importId })) > 0,
    pending: () => db.read(pending, {}),
    stagedCount: async () => first(await db.read(stagedCount, {})),
  };
}

export type StagingRepo = ReturnType<typeof stagingRepo>;
