import os from "node:os";
import { DomainError } from "../../contracts/errors";
import type { Tx } from "../../db/database";
import type { LinkWrite, NodeWrite } from "./plan";
import type { PendingImport, StagingRepo } from "./staging.repo";

/** A marker whose heartbeat is older than this is dead whoever owns it (a batch takes seconds, not minutes). */
export const STALE_MS = 10 * 60_000;
export const DEFAULT_BATCH_ROWS = 2000;

/** Who writes an import: host and process id, so a start-up can tell a killed import from a running one. */
export const ownerId = () => `${os.hostname()}:${process.pid}`;

/** Is the process that owns a marker still running? (Called at start: our own pid cannot own a live import.) */
export function ownerAlive(marker: Pick<PendingImport, "owner" | "heartbeatAt">, now = Date.now()): boolean {
  if (!(now - Date.parse(marker.heartbeatAt) < STALE_MS)) return false;
  const at = marker.owner.lastIndexOf(":");
  const host = marker.owner.slice(0, at);
  const pid = Number(marker.owner.slice(at + 1));
  if (host !== os.hostname()) return true; // another machine, heartbeat fresh
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

const discarded = () =>
  new DomainError(
    "conflict",
    "IMPORT_DISCARDED",
    "This import was judged dead and discarded by another process; nothing was written. Try again.",
  );

/**
 * The staged write of an import (decision 039): stage every write in batches as side nodes no read sees,
 * commit (marker → 'committed' + audit + first flip batch, one transaction), then flip the rest in batches.
 * Before the commit a failure discards the staged rows; after it, the flip is completed — here, or by the next
 * start's `recover` if this process dies.
 */
export function stagedWriter(repo: StagingRepo, options: { batchRows: number; timeoutMs: number }) {
  const { batchRows, timeoutMs } = options;
  const inTx = <T>(work: (tx: Tx) => Promise<T>) => repo.write(work, timeoutMs);

  /** One flip step of up to `limit` rows: nodes first; links only once no node is left staged. */
  async function flipStep(tx: Tx, importId: string, limit: number) {
    const nodes = await repo.flipNodes(tx, importId, limit);
    const links = nodes < limit ? await repo.flipLinks(tx, importId, limit - nodes) : { count: 0, dangling: 0 };
    return { count: nodes + links.count, dangling: links.dangling, more: nodes + links.count === limit };
  }

  /** Flip batches until nothing is staged, then remove the marker. */
  async function flipRest(importId: string, onBatch: (flipped: number) => void = () => {}) {
    let dangling = 0;
    for (;;) {
      const step = await inTx(async (tx) => {
        const s = await flipStep(tx, importId, batchRows);
        await repo.touch(tx, importId, "committed", 0, s.count);
        if (!s.more) await repo.finish(tx, importId);
        return s;
      });
      dangling += step.dangling;
      onBatch(step.count);
      if (!step.more) return { dangling };
    }
  }

  async function discard(importId: string) {
    while ((await repo.discard(importId, batchRows)) > 0);
    await inTx((tx) => repo.finish(tx, importId));
  }

  return {
    flipRest,
    discard,

    async begin(importId: string, file: string, by: string) {
      await repo.begin(importId, file, by, ownerId());
    },

    /** Stage all writes, one transaction per batch; the caller discards on failure. */
    async stage(importId: string, nodes: NodeWrite[], links: LinkWrite[], onBatch: (rows: number) => void) {
      const batches: (() => (tx: Tx) => Promise<number>)[] = [];
      for (let i = 0; i < nodes.length; i += batchRows) {
        const part = nodes.slice(i, i + batchRows);
        batches.push(() => (tx) => repo.stageNodes(tx, importId, part));
      }
      for (let i = 0; i < links.length; i += batchRows) {
        const part = links.slice(i, i + batchRows);
        batches.push(() => (tx) => repo.stageLinks(tx, importId, part));
      }
      for (const batch of batches) {
        const rows = await inTx(async (tx) => {
          const staged = await batch()(tx);
          if (!(await repo.touch(tx, importId, "staging", staged, 0))) throw discarded();
          return staged;
        });
        onBatch(rows);
      }
    },

    /**
     * The commit point, one transaction: refuse if a staged link lost an end, mark the import committed, run
     * `work` (the audit entry), flip the first batch (all of a small import, so its rows appear at once).
     */
    async commit<T>(importId: string, work: (tx: Tx) => Promise<T>) {
      return inTx(async (tx) => {
        const lost = await repo.dangling(tx, importId);
        if (lost > 0)
          throw new DomainError(
            "conflict",
            "CONFLICT",
            "A referenced node disappeared while importing; nothing was written. Try again.",
            { links: lost },
          );
        if (!(await repo.commit(tx, importId))) throw discarded();
        const result = await work(tx);
        const step = await flipStep(tx, importId, batchRows);
        await repo.touch(tx, importId, "committed", 0, step.count);
        if (!step.more) await repo.finish(tx, importId);
        return { result, flipped: step.count, done: !step.more };
      });
    },

    /**
     * At start (server and CLI import): imports whose process is gone are discarded while still staging, and
     * completed (rolled forward) once committed. Imports of live processes are left alone.
     */
    async recover(log: (line: string) => void = () => {}) {
      const done = { discarded: [] as string[], completed: [] as string[] };
      for (const marker of await repo.pending()) {
        if (ownerAlive(marker)) continue;
        if (marker.state === "staging") {
          await discard(marker.id);
          done.discarded.push(marker.id);
          log(`import ${marker.id} (${marker.file}) was interrupted before its commit; its staged rows are removed`);
        } else {
          const { dangling } = await flipRest(marker.id);
          done.completed.push(marker.id);
          log(
            `import ${marker.id} (${marker.file}) was committed but interrupted; its remaining rows are now applied${dangling ? ` (${dangling} links lost an end and were dropped)` : ""}`,
          );
        }
      }
      return done;
    },
  };
}

export type StagedWriter = ReturnType<typeof stagedWriter>;
