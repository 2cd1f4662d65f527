import type { Database } from "../server/db/database";
import { countEntities, mergeLinks, mergeNodes } from "../server/shared/graph-upserts";
import { readDataset, type Dataset } from "./dataset";
import { linkRow, nodeRow } from "./rows";

const BATCH = 500;

function batches<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

export async function countGraph(db: Database) {
  const [row] = await db.read(countEntities, {});
  return row ?? { nodes: 0, links: 0 };
}

/**
 * Upsert the whole seed in ONE write transaction: MERGE on ids makes a re-run change nothing, and a failure
 * anywhere rolls everything back (the database stays as it was).
 */
export async function loadSeed(db: Database, dataset: Dataset = readDataset()) {
  return db.writeTx(
    async (tx) => {
      let nodes = 0;
      let links = 0;
      for (const rows of batches(dataset.nodes.map(nodeRow)))
        nodes += (await tx.run(mergeNodes, { rows }))[0]?.count ?? 0;
      for (const rows of batches(dataset.links.map(linkRow)))
        links += (await tx.run(mergeLinks, { rows }))[0]?.count ?? 0;
      if (links !== dataset.links.length)
        throw new Error(`seed: ${dataset.links.length - links} links have a missing endpoint`);
      return { nodes, links };
    },
    { timeoutMs: 120_000 },
  );
}

/**
 * Bulk load for large synthetic graphs: many transactions of `batch` rows each (a 150k-relationship
 * graph in one transaction would need a big heap). Only for the separate benchmark instance.
 */
export async function loadInBatches(
  db: Database,
  dataset: Dataset,
  batch = 5000,
  progress: (done: number, total: number) => void = () => {},
) {
  const nodeRows = dataset.nodes.map(nodeRow);
  const linkRows = dataset.links.map(linkRow);
  const total = nodeRows.length + linkRows.length;
  let done = 0;
  for (let i = 0; i < nodeRows.length; i += batch) {
    await db.writeTx((tx) => tx.run(mergeNodes, { rows: nodeRows.slice(i, i + batch) }), { timeoutMs: 300_000 });
    progress((done += Math.min(batch, nodeRows.length - i)), total);
  }
  for (let i = 0; i < linkRows.length; i += batch) {
    await db.writeTx((tx) => tx.run(mergeLinks, { rows: linkRows.slice(i, i + batch) }), { timeoutMs: 300_000 });
    progress((done += Math.min(batch, linkRows.length - i)), total);
  }
  return countGraph(db);
}
