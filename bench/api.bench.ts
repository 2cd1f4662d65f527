// npm run bench:api [-- --orgs 20000] — API latency on the seed and on a synthetic graph.
// Prints figures; asserts nothing (targets: seed /api/graph median < 50 ms, neighbour p95 < 20 ms).
import { parseArgs } from "node:util";
import { loadInBatches, loadSeed } from "../seed/load";
import { syntheticDataset } from "../seed/synthetic";
import { benchInstance, fmt, sample, serve } from "./lib";

const { values } = parseArgs({ options: { orgs: { type: "string", default: "20000" }, runs: { type: "string", default: "50" } } });
const runs = Number(values.runs);

async function measure(label: string, instance: string, load: (db: Awaited<ReturnType<typeof benchInstance>>["db"]) => Promise<void>, limits: number[]) {
  const { local, db } = await benchInstance(instance, { reset: true });
  try {
    const loadStart = Date.now();
    await load(db);
    console.log(`${label}: loaded in ${((Date.now() - loadStart) / 1000).toFixed(1)} s`);
    const app = await serve(db);
    const ids = (await (await fetch(`${app.url}/api/graph?limit=5000&kinds=Enterprise,University,ResearchInstitute,Technology`)).json()).nodes.map((n: { id: string }) => n.id) as string[];
    for (const limit of limits) {
      // Warm-up: the JVM compiles Neo4j's hot paths over the first few dozen queries; figures are steady state.
      for (let i = 0; i < (limit > 1000 ? 5 : 30); i++) await app.time(`/api/graph?limit=${limit}`);
      const graph = await sample(Math.min(runs, limit > 1000 ? 20 : runs), () => app.time(`/api/graph?limit=${limit}`));
      console.log(`${label}: GET /api/graph?limit=${limit}  median=${fmt(graph.median)} ms  p95=${fmt(graph.p95)} ms  (n=${graph.n})`);
    }
    for (let i = 0; i < 100; i++) await app.time(`/api/nodes/${encodeURIComponent(ids[i % ids.length]!)}/neighbors`);
    const neighbors = await sample(runs * 4, (i) => app.time(`/api/nodes/${encodeURIComponent(ids[(i * 7919) % ids.length]!)}/neighbors?depth=1&limit=100`));
    console.log(`${label}: GET /api/nodes/:id/neighbors (depth 1, limit 100)  median=${fmt(neighbors.median)} ms  p95=${fmt(neighbors.p95)} ms  (n=${neighbors.n})`);
    const search = await sample(runs, (i) => app.time(`/api/search?q=${encodeURIComponent(["中车", "株洲", "semi", "科技", "研究院"][i % 5]!)}`));
    console.log(`${label}: GET /api/search  median=${fmt(search.median)} ms  p95=${fmt(search.p95)} ms`);
    await app.close();
  } finally {
    await db.close();
    await local.stop();
  }
}

await measure("seed", "bench-seed", async (db) => void (await loadSeed(db)), [500]);
if (Number(values.orgs) > 0) await measure(`synthetic ${values.orgs} orgs`, "bench", async (db) => {
  const counts = await loadInBatches(db, syntheticDataset({ orgs: Number(values.orgs) }));
  console.log(`synthetic: ${counts.nodes} nodes, ${counts.links} links`);
}, [500, 5000]);
