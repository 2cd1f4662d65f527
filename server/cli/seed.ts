// npm run seed — apply the schema and (re-)merge the seed data; idempotent, one transaction.
import { applySchema } from "../db/schema";
import { readDataset, checkDataset } from "../../seed/dataset";
import { countGraph, loadSeed } from "../../seed/load";
import { withDatabase } from "./with-database";

await withDatabase(async (db) => {
  const dataset = readDataset();
  const problems = checkDataset(dataset);
  if (problems.length) throw new Error(`seed data has problems:\n${problems.join("\n")}`);
  await applySchema(db);
  const before = await countGraph(db);
  const loaded = await loadSeed(db, dataset);
  const after = await countGraph(db);
  console.log(
    `seeded: ${loaded.nodes} nodes, ${loaded.links} links merged; database now ${after.nodes} nodes / ${after.links} links (was ${before.nodes} / ${before.links})`,
  );
});
