import { z } from "zod";
import type { Database } from "../../db/database";
import { declareRawStatement } from "../../db/query";
import { applySchema } from "../../db/schema";
import { buildSnapshot, type Snapshot } from "./snapshot";

const text = {
  exportNodes: declareRawStatement("backup/export-nodes"),
  exportRelationships: declareRawStatement("backup/export-relationships"),
  countNodes: declareRawStatement("backup/count-nodes"),
  createNodes: declareRawStatement("backup/create-nodes"),
  createRelationships: declareRawStatement("backup/create-relationships"),
  unstage: declareRawStatement("backup/unstage"),
  deleteStaged: declareRawStatement("backup/delete-staged"),
  deleteAll: declareRawStatement("backup/delete-all"),
};

// Raw driver records (not toPlain: temporals must keep their fields), shape-checked here.
const Prop = z.object({ k: z.string(), t: z.string(), v: z.unknown() });
const NodeRecord = z.object({ eid: z.string(), labels: z.array(z.string()), props: z.array(Prop) });
const RelRecord = z.object({ type: z.string(), from: z.string(), to: z.string(), props: z.array(Prop) });

/** The staging label a restore writes under until it has verified everything (see restore.ts). */
export const STAGING_LABEL = "_Restoring";

/** A whole-database read can take a while on a big graph; it is one transaction, so it gets its own timeout. */
const SNAPSHOT_TIMEOUT_MS = 600_000;
const DELETE_BATCH = 5_000;

export interface NodeWrite {
  id: string;
  labels: string[];
  props: Record<string, unknown>;
}
export interface RelWrite {
  from: string;
  to: string;
  type: string;
  props: Record<string, unknown>;
}

export function backupRepo(db: Database) {
  async function deleteInBatches(statement: string): Promise<number> {
    let total = 0;
    for (;;) {
      const deleted = await db.writeTx(async (tx) =>
        Number((await tx.raw(statement, { limit: DELETE_BATCH })).records[0]?.get("deleted") ?? 0),
      );
      total += deleted;
      if (deleted < DELETE_BATCH) return total;
    }
  }

  return {
    /** Every node and relationship, read in ONE transaction: a consistent picture while the app keeps writing. */
    snapshot(ignoreLabel?: string): Promise<Snapshot> {
      return db.readTx(
        async (tx) => {
          const nodes = (await tx.raw(text.exportNodes)).records.map((r) => NodeRecord.parse(r.toObject()));
          const rels = (await tx.raw(text.exportRelationships)).records.map((r) => RelRecord.parse(r.toObject()));
          return buildSnapshot(nodes, rels, ignoreLabel);
        },
        { timeoutMs: SNAPSHOT_TIMEOUT_MS },
      );
    },

    async counts(): Promise<{ nodes: number; staged: number }> {
      const record = await db.readTx(async (tx) => (await tx.raw(text.countNodes)).records[0]!);
      return { nodes: Number(record.get("nodes")), staged: Number(record.get("staged")) };
    },

    /** One batch of staged nodes; returns stable id → element id. */
    async createNodes(rows: NodeWrite[]): Promise<Map<string, string>> {
      const result = await db.writeTx((tx) => tx.rawExact(text.createNodes, { rows }));
      return new Map(result.records.map((r) => [String(r.get("id")), String(r.get("eid"))]));
    },

    async createRelationships(rows: RelWrite[]): Promise<number> {
      const result = await db.writeTx((tx) => tx.rawExact(text.createRelationships, { rows }));
      return Number(result.records[0]?.get("created") ?? 0);
    },

    async unstage(): Promise<number> {
      const result = await db.writeTx((tx) => tx.raw(text.unstage), { timeoutMs: SNAPSHOT_TIMEOUT_MS });
      return Number(result.records[0]?.get("nodes") ?? 0);
    },

    /** Constraints and indexes first, so a restore is checked by the same uniqueness rules as the app's writes. */
    applySchema: () => applySchema(db),
    deleteStaged: () => deleteInBatches(text.deleteStaged),
    deleteAll: () => deleteInBatches(text.deleteAll),
  };
}
export type BackupRepo = ReturnType<typeof backupRepo>;
