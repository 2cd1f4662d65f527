// npm run seed:synthetic -- --orgs N [--seed S] [--instance NAME] [--keep]
// Builds a deterministic synthetic graph in its own managed instance (default "bench"; its own data
// directory), never in the user's data. Without --keep the instance's graph is wiped first.
import { parseArgs } from "node:util";
import { applySchema } from "../db/schema";
import { syntheticDataset } from "../../seed/synthetic";
import { loadInBatches } from "../../seed/load";
import { withDatabase } from "./with-database";

const { values } = parseArgs({
  options: {
    orgs: { type: "string", default: "5000" },
    seed: { type: "string", default: "42" },
    instance: { type: "string", default: "bench" },
    keep: { type: "boolean", default: false },
  },
});
const orgs = Number(values.orgs);
if (!Number.isInteger(orgs) || orgs < 1 || orgs > 200_000) {
  console.error("--orgs must be an integer between 1 and 200000");
  process.exit(2);
}
if (process.env.NEO4J_URI) {
  console.error(
    "seed:synthetic writes to its own managed instance; unset NEO4J_URI (it never touches an external database)",
  );
  process.exit(2);
}

await withDatabase(
  async (db) => {
    const started = Date.now();
    const dataset = syntheticDataset({ orgs, seed: Number(values.seed) });
    await applySchema(db);
    if (!values.keep) {
      // Batched deletes: one transaction per 5,000 nodes keeps the heap small.
      for (;;) {
        const result = await db.writeTx(
          (tx) => tx.raw("MATCH (n:Entity) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS c"),
          { timeoutMs: 300_000 },
        );
        if (Number(result.records[0]?.get("c") ?? 0) === 0) break;
      }
    }
    const counts = await loadInBatches(db, dataset, 5000, (done, total) =>
      process.stderr.write(`\r  loaded ${done}/${total}`),
    );
    process.stderr.write("\n");
    console.log(
      `synthetic graph (${values.instance}): ${counts.nodes} nodes, ${counts.links} links in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  },
  { instance: values.instance },
);
