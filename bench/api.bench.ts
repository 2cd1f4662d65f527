// npm run bench:api [-- --orgs 20000 --seconds 10] — API latency, bytes on the wire and throughput (autocannon, 50
// connections) on the seed and on a synthetic graph, with the load average at start and end.
// Prints figures; asserts nothing (targets: seed /api/graph median < 50 ms, neighbour p95 < 20 ms; default seed
// view ≤ 120 kB on the wire, 5,000 nodes ≤ 1 MB; /api/graph at 50 connections ≥ 150 requests/s on the seed).
import os from "node:os";
import { parseArgs } from "node:util";
import { loadInBatches, loadSeed } from "../seed/load";
import { syntheticDataset } from "../seed/synthetic";
import { benchInstance, fmt, sample, serve, stats } from "./lib";
import { autocannon, bareDriver, firstStreamedLine, kB, wireBytes } from "./wire";

/** The server's own work, not its response cache (the handler honours a request's Cache-Control: no-cache). */
const UNCACHED = { "cache-control": "no-cache" };

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
      const path = `/api/graph?limit=${limit}`;
      for (let i = 0; i < (limit > 1000 ? 5 : 30); i++) await app.time(path, UNCACHED);
      const n = Math.min(runs, limit > 1000 ? 20 : runs);
      // Interleaved, so load from other work hits all three alike: the server uncached (its own work: Neo4j,
      // mapping, JSON), the bare driver (the same Cypher, records → JSON.stringify), and a cache hit.
      const times = { server: [] as number[], full: [] as number[], bare: [] as number[], cached: [] as number[] };
      for (let i = 0; i < n; i++) {
        times.server.push(await app.time(path, UNCACHED));
        times.bare.push(await bareDriver(db, limit));
        times.cached.push(await app.time(path));
        if (i < Math.min(n, 10)) times.full.push(await app.time(`${path}&detail=full`, UNCACHED));
      }
      const [server, bare, cached, full] = [times.server, times.bare, times.cached, times.full].map(stats);
      console.log(
        `${label}: GET /api/graph?limit=${limit}  uncached median=${fmt(server!.median)} ms p95=${fmt(server!.p95)} ms · ` +
          `bare driver median=${fmt(bare!.median)} ms · ratio ${(server!.median / bare!.median).toFixed(2)}× · ` +
          `cache hit median=${fmt(cached!.median)} ms · detail=full uncached median=${fmt(full!.median)} ms  (n=${n})`,
      );
      const url = `${app.url}${path}`;
      const [identity, gzip, br, fullGzip] = await Promise.all([
        wireBytes(url, "identity"),
        wireBytes(url, "gzip"),
        wireBytes(url, "br"),
        wireBytes(`${url}&detail=full`, "gzip"),
      ]);
      console.log(
        `${label}: GET /api/graph?limit=${limit}  wire: ${kB(identity)} plain, ${kB(gzip)} gzip, ${kB(br)} brotli (detail=full: ${kB(fullGzip)} gzip)`,
      );
      const first = await firstStreamedLine(`${url}&stream=true`);
      console.log(
        `${label}: GET /api/graph?limit=${limit}&stream=true  first nodes after ${fmt(first.firstMs)} ms, complete after ${fmt(first.totalMs)} ms (${first.lines} lines)`,
      );
    }
    const defaultView = `${app.url}/api/graph`;
    for (const [what, headers] of [
      ["cached", {}],
      ["uncached", UNCACHED],
    ] as const) {
      const cannon = await autocannon(defaultView, 50, Number(values.seconds), headers);
      console.log(
        `${label}: GET /api/graph (default view, ${what}) at 50 connections for ${values.seconds} s: ${cannon.requestsPerSecond.toFixed(0)} requests/s, ` +
          `latency p50=${cannon.p50} ms p99=${cannon.p99} ms, errors=${cannon.errors}, non-2xx=${cannon.non2xx}  (load ${loadAvg()})`,
      );
    }
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

const loadAvg = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
console.log(`bench:api — ${os.cpus().length} cores, load average at start ${loadAvg()}`);
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
console.log(`load average at end ${loadAvg()}`);
