import { z } from "zod";
import type { Database, Tx } from "../../db/database";
import { defineQuery } from "../../db/query";
import type { Sealer } from "../../shared/seal";

// The audit trail, sealed and chained (docs/security.md): an :AuditEntry holds a plain `seq`, its `prevHash`
// and `hash` (HMAC links), and two AES-GCM blobs — `meta` (who, when, what, status) and `body` (details and
// changes). The :AuditChain head node's lock gives every entry the next seq, inside the caller's transaction.

/** Who/when/what of an entry (sealed as `meta`). */
export interface AuditMeta {
  id: string;
  at: string;
  by: string;
  role: string | null;
  via: string;
  action: string;
  method: string | null;
  path: string | null;
  status: number | null;
  /** Set when the request failed after its change committed (see http/route.ts). */
  code?: string | null;
  importId: string | null;
  file: string | null;
}

/** details and changes as JSON text (capped in the service), sealed as `body`. */
export interface AuditBody {
  details: string;
  changes: string;
}

const headQuery = defineQuery("audit/head", {
  params: z.object({}),
  row: z.object({ seq: z.number(), hash: z.string() }),
});
const insertQuery = defineQuery("audit/insert", {
  params: z.object({
    seq: z.number().int(),
    prevHash: z.string(),
    hash: z.string(),
    meta: z.string(),
    body: z.string(),
  }),
  row: z.object({ seq: z.number() }),
});
const metasQuery = defineQuery("audit/metas", {
  params: z.object({}),
  row: z.object({ seq: z.number(), meta: z.string() }),
});
const bodiesQuery = defineQuery("audit/bodies", {
  params: z.object({ seqs: z.array(z.number().int()) }),
  row: z.object({ seq: z.number(), body: z.string() }),
});
const ChainRow = z.object({
  seq: z.number(),
  prevHash: z.string().nullable(),
  hash: z.string().nullable(),
  meta: z.string().nullable(),
  body: z.string().nullable(),
});
const chainQuery = defineQuery("audit/chain", {
  params: z.object({ after: z.number().int(), limit: z.number().int() }),
  row: ChainRow,
});
const chainHeadQuery = defineQuery("audit/chain-head", {
  params: z.object({}),
  row: z.object({ seq: z.number().nullable(), hash: z.string().nullable(), entries: z.number() }),
});

export type ChainRow = z.output<typeof ChainRow>;

export const metaContext = (seq: number) => `AuditMeta|${seq}`;
export const bodyContext = (seq: number) => `AuditBody|${seq}`;

/** Append one entry to the chain inside `tx` (also used by the one-time migration of plaintext entries). */
export async function appendAuditEntry(tx: Tx, sealer: Sealer, meta: AuditMeta, body: AuditBody): Promise<number> {
  const [head] = await tx.run(headQuery, {});
  const prevHash = head?.hash ?? "";
  const seq = (head?.seq ?? 0) + 1;
  const sealedMeta = sealer.seal(meta, metaContext(seq));
  const sealedBody = sealer.seal(body, bodyContext(seq));
  const hash = sealer.chain(prevHash, seq, sealedMeta, sealedBody);
  await tx.run(insertQuery, { seq, prevHash, hash, meta: sealedMeta, body: sealedBody });
  return seq;
}

export function auditRepo(db: Database, sealer: Sealer) {
  return {
    sealer,
    /** Inside the caller's transaction, so the entry commits (or rolls back) with the change it records. */
    insert: (tx: Tx, meta: AuditMeta, body: AuditBody) => appendAuditEntry(tx, sealer, meta, body),
    insertAlone: (meta: AuditMeta, body: AuditBody) => db.writeTx((tx) => appendAuditEntry(tx, sealer, meta, body)),
    /** Every entry's meta, unsealed, newest first. */
    async metas(): Promise<(AuditMeta & { seq: number })[]> {
      return (await db.read(metasQuery, {})).map((row) => ({
        ...sealer.unseal<AuditMeta>(row.meta, metaContext(row.seq)),
        seq: row.seq,
      }));
    },
    async bodies(seqs: number[]): Promise<Map<number, AuditBody>> {
      const rows = seqs.length ? await db.read(bodiesQuery, { seqs }) : [];
      return new Map(rows.map((row) => [row.seq, sealer.unseal<AuditBody>(row.body, bodyContext(row.seq))]));
    },
    chain: (after: number, limit: number) => db.read(chainQuery, { after, limit }),
    async head() {
      const [row] = await db.read(chainHeadQuery, {});
      return row ?? { seq: null, hash: null, entries: 0 };
    },
  };
}

export type AuditRepo = ReturnType<typeof auditRepo>;
