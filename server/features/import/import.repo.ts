import type { Database, Tx } from "../../db/database";
import { linksByIds, nodesByIds, nodesByNames } from "../../shared/graph-upserts";
import type { Lookup } from "./plan";

const CHUNK = 5000;
async function chunked<T, R>(items: T[], run: (part: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(...(await run(items.slice(i, i + CHUNK))));
  return out;
}

export function importRepo(db: Database) {
  return {
    read: <T>(work: (tx: Tx) => Promise<T>, timeoutMs: number) => db.readTx(work, { timeoutMs }),
    lookup(tx: Tx): Lookup {
      return {
        nodesByIds: async (ids) => (await chunked(ids, (part) => tx.run(nodesByIds, { ids: part }))).map((r) => r.node),
        nodesByNames: async (names) => (names.length ? (await tx.run(nodesByNames, { names })).map((r) => r.node) : []),
        linksByIds: (links) => chunked(links, (part) => tx.run(linksByIds, { links: part })),
      };
    },
  };
}

export type ImportRepo = ReturnType<typeof importRepo>;
