// npm run bench:api [-- --orgs 20000 --seconds 10] — API latency, bytes on the wire and throughput (autocannon, 50
// connections) on the seed and on a synthetic graph, with the load average at start and end.
// Prints figures; asserts nothing (targets: seed /api/graph median < 50 ms, neighbour p95 < 20 ms; default seed
// view ≤ 120 kB on the wire, 5,000 nodes ≤ 1 MB; /api/graph at 50 connections ≥ 150 requests/s on the seed).
import os from "node:os";
import { parseArgs } from "node:util";
import { loadInBatches, loadSeed } from "../seed/load";
import { syntheticDataset } from "../seed/synthetic";
import { benchInstance, fmt, sample, serve } from "./lib";
import { autocannon, kB, wireBytes } from "./wire";

const { values } = parseArgs({
  options: {
    orgs: { type: "string", default: "20000" },
    runs: { type: "string", default: "50" },
    seconds: { type: "string", default: "10" },
  },
});
const runs = Number(values.runs);

async function measure(
  label: string,
  instance: string,
  load: (db: Awaited<ReturnType<typeof benchInstance>>["db"]) => Promise<void>,
  limits: number[],
) {
  const { local, db } = await benchInstance(instance, { reset: true });
  try {
    const loadStart = Date.now();
    await load(db);
    console.log(`${label}: loaded in ${((Date.now() - loadStart) / 1000).toFixed(1)} s`);
    const app = await serve(db);
    const ids = (
      await (
        await fetch(`${app.url}/api/graph?limit=5000&kinds=Enterprise,University,ResearchInstitute,Technology`)
      ).json()
    ).nodes.map((n: { id: string }) => n.id) as string[];
    for (const limit of limits) {
      // Warm-up: the JVM compiles Neo4j's hot paths over the first few dozen queries; figures are steady state.
      for (let i = 0; i < (limit > 1000 ? 5 : 30); i++) await app.time(`/api/graph?limit=${limit}`);
      const graph = await sample(Math.min(runs, limit > 1000 ? 20 : runs), () => app.time(`/api/graph?limit=${limit}`));
      console.log(
        `${label}: GET /api/graph?limit=${limit}  median=${fmt(graph.median)} ms  p95=${fmt(graph.p95)} ms  (n=${graph.n})`,
      );
      const url = `${app.url}/api/graph?limit=${limit}`;
      const [identity, gzip, br] = await Promise.all([
        wireBytes(url, "identity"),
        wireBytes(url, "gzip"),
        wireBytes(url, "br"),
      ]);
      console.log(
        `${label}: GET /api/graph?limit=${limit}  wire: ${kB(identity)} plain, ${kB(gzip)} gzip, ${kB(br)} brotli`,
      );
    }
    const defaultView = `${app.url}/api/graph`;
    const cannon = await autocannon(defaultView, 50, Number(values.seconds));
    console.log(
      `${label}: GET /api/graph (default view) at 50 connections for ${values.seconds} s: ${cannon.requestsPerSecond.toFixed(0)} requests/s, ` +
        `latency p50=${cannon.p50} ms p99=${cannon.p99} ms, errors=${cannon.errors}, non-2xx=${cannon.non2xx}`,
    );
    for (let i = 0; i < 100; i++) await app.time(`/api/nodes/${encodeURIComponent(ids[i % ids.length]!)}/neighbors`);
    const neighbors = await sample(runs * 4, (i) =>
      app.time(`/api/nodes/${encodeURIComponent(ids[(i * 7919) % ids.length]!)}/neighbors?depth=1&limit=100`),
    );
    console.log(
      `${label}: GET /api/nodes/:id/neighbors (depth 1, limit 100)  median=${fmt(neighbors.median)} ms  p95=${fmt(neighbors.p95)} ms  (n=${neighbors.n})`,
    );
    const search = await sample(runs, (i) =>
      app.time(`/api/search?q=${encodeURIComponent(["中车", "株洲", "semi", "科技", "研究院"][i % 5]!)}`),
    );
    console.log(`${label}: GET /api/search  median=${fmt(search.median)} ms  p95=${fmt(search.p95)} ms`);
    await app.close();
  } finally {
    await db.close();
    await local.stop();
  }
}

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
console.log(`bench:api — ${os.cpus().length} cores, load average at start ${load()}`);
await measure("seed", "bench-seed", async (db) => void (await loadSeed(db)), [500]);
if (Number(values.orgs) > 0)
  await measure(
    `synthetic ${values.orgs} orgs`,
    "bench",
    async (db) => {
      const counts = await loadInBatches(db, syntheticDataset({ orgs: Number(values.orgs) }));
      console.log(`synthetic: ${counts.nodes} nodes, ${counts.links} links`);
    },
    [500, 5000],
  );
console.log(`load average at end ${load()}`);
