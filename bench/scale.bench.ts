// npm run bench:scale [-- --orgs 200000 --reuse] — the rest of the app at provincial scale, on ONE synthetic load
// (loading 200,000 organisations takes minutes: done once, into the "bench-scale" instance; --reuse skips it).
// `--only labels,search,neighbors,graph,matching` runs some sections (all by default); `--pagecache 1g` sizes Neo4j.
// Prints figures with the load average; asserts nothing. Targets at 200,000 organisations: labels of all chains
// < 2 s; search median < 50 ms; neighbour expansion p95 < 30 ms; matching 200 problems < 4 s; GET /api/graph.
import os from "node:os";
import { parseArgs } from "node:util";
import { chainsRepo } from "../server/features/chains/chains.repo";
import { chainsService } from "../server/features/chains/chains.service";
import { matchingService } from "../server/features/problems/matching.service";
import { problemsRepo } from "../server/features/problems/problems.repo";
import { problemsService } from "../server/features/problems/problems.service";
import { mergeNodes } from "../server/shared/graph-upserts";
import { namesQuery } from "../server/features/search/search.repo";
import { loadInBatches } from "../seed/load";
import { nodeRow } from "../seed/rows";
import { syntheticDataset } from "../seed/synthetic";
import { benchInstance, fmt, sample, serve, stats } from "./lib";

const { values } = parseArgs({
  options: {
    orgs: { type: "string", default: "200000" },
    runs: { type: "string", default: "30" },
    reuse: { type: "boolean", default: false },
    // Neo4j's page cache (NEO4J_PAGECACHE for the app). 200,000 organisations take about 700 MB on disk.
    pagecache: { type: "string", default: "512m" },
    only: { type: "string", default: "labels,search,neighbors,graph,matching" },
  },
});
const sections = new Set(values.only.split(","));
const want = (section: string) => sections.has(section);
const runs = Number(values.runs);
const loadAvg = () =>
  `load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")} on ${os.cpus().length} cores`;
const label = `${values.orgs} orgs`;
const UNCACHED = { "cache-control": "no-cache" };

console.log(`bench:scale — page cache ${values.pagecache}, ${loadAvg()}`);
const { local, db } = await benchInstance("bench-scale", { reset: !values.reuse, pageCache: values.pagecache });
try {
  if (!values.reuse) {
    const started = Date.now();
    const counts = await loadInBatches(db, syntheticDataset({ orgs: Number(values.orgs) }));
    console.log(
      `${label}: ${counts.nodes} nodes, ${counts.links} links loaded in ${((Date.now() - started) / 1000).toFixed(0)} s (${loadAvg()})`,
    );
  }
  // A write that changes nothing the figures depend on but moves the write generation (a marker node merged
  // anew): what comes after it is "cold" for every cache keyed by the generation.
  const marker = nodeRow({
    id: "bench:labels-write",
    kind: "Technology",
    name: "bench write marker",
    props: { writtenAt: Date.now() },
    prov: { source: "illustrative", basis: "editorial", asOf: null, note: "bench:scale write marker" },
  });
  const write = (i: number) =>
    db.writeTx((tx) => tx.run(mergeNodes, { rows: [{ ...marker, props: { ...marker.props, writtenAt: i } }] }));
  const app = await serve(db);
  try {
    if (want("labels")) {
      // Labels of every chain (the chains page's one call; decision 042): per-segment aggregates, cached by the
      // write generation. Cold = the first call after a write (a marker node merged anew); cached = repeats.
      const chains = (await (await fetch(`${app.url}/api/chains`)).json()).chains as { id: string }[];
      await app.time("/api/chains/gaps");
      const cold = await sample(Math.max(5, Math.round(runs / 3)), async (i) => {
        await write(Date.now() + i);
        return app.time("/api/chains/gaps");
      });
      const cached = await sample(runs, () => app.time("/api/chains/gaps"));
      console.log(
        `${label}: GET /api/chains/gaps (labels of all ${chains.length} chains)  cold (after a write) median=${fmt(cold.median)} ms  p95=${fmt(cold.p95)} ms (n=${cold.n}) · cached median=${fmt(cached.median)} ms (n=${cached.n})  (target < 2000; ${loadAvg()})`,
      );
      if (Number(values.orgs) <= 50_000) {
        // The old way (every organisation and partner through the rules), once, for the ratio; too slow above 50k.
        const started = performance.now();
        await chainsService(chainsRepo(db)).summaryByRules();
        console.log(
          `${label}: labels the old way (rules over every organisation, for comparison)  ${fmt(performance.now() - started)} ms  (${loadAvg()})`,
        );
      }
    }
    if (want("search")) {
      // Search: varied words (prefixes of synthetic and real names, English, digits).
      const words = [
        "合成",
        "企业1",
        "技术领域",
        "Technology 12",
        "链3环节",
        "研究院",
        "大学",
        "Synthetic",
        "株洲",
        "Org",
      ];
      for (const q of words) await app.time(`/api/search?q=${encodeURIComponent(q)}`);
      const search = await sample(runs * 3, (i) =>
        app.time(`/api/search?q=${encodeURIComponent(words[i % words.length]!)}`),
      );
      console.log(
        `${label}: GET /api/search  median=${fmt(search.median)} ms  p95=${fmt(search.p95)} ms  (n=${search.n}; target median < 50; ${loadAvg()})`,
      );
      // Rare fragments and misses: what a substring scan pays most for (it reads every :Entity before giving up);
      // the TEXT index on the derived search text (decision 043) answers them from the index.
      const rare = ["限公司1234", "ise 1999", "研究院12345", "xyz不存在", "nology 777"];
      for (const q of rare) await app.time(`/api/search?q=${encodeURIComponent(q)}`);
      const misses = await sample(runs * 2, (i) =>
        app.time(`/api/search?q=${encodeURIComponent(rare[i % rare.length]!)}`),
      );
      const plan = await db.readTx((tx) =>
        tx.raw(`EXPLAIN ${namesQuery.text}`, { lucene: null, needle: "限公司1234", kinds: null, limit: 10 }),
      );
      const leaves = JSON.stringify(plan.summary.plan).match(
        /"operatorType":"(NodeIndexContainsScan|NodeByLabelScan)/g,
      );
      console.log(
        `${label}: GET /api/search (rare fragments, misses)  median=${fmt(misses.median)} ms  p95=${fmt(misses.p95)} ms  (n=${misses.n}; substring part: ${leaves?.map((l) => l.replace(/.*:"/, "")).join(", ") ?? "?"}; ${loadAvg()})`,
      );
    }
    if (want("neighbors")) {
      // Neighbour expansion over many different nodes (not one warm node), each expanded here for the first time
      // since the database started (its records come into the page cache on this call). The alternating pass
      // below expands the same nodes again: the database warm, as on a server that has been running.
      const ids = (
        await (
          await fetch(`${app.url}/api/graph?limit=5000&kinds=Enterprise,University,ResearchInstitute,Technology`)
        ).json()
      ).nodes.map((n: { id: string }) => n.id) as string[];
      const neighbors = (i: number) =>
        app.time(`/api/nodes/${encodeURIComponent(ids[(i * 7919) % ids.length]!)}/neighbors?depth=1&limit=100`);
      for (let i = 0; i < 50; i++) await neighbors(i + 10_000);
      const expand = await sample(runs * 10, neighbors);
      console.log(
        `${label}: GET /api/nodes/:id/neighbors (depth 1, limit 100, ${Math.min(ids.length, runs * 10)} different nodes, first expansion since start)  median=${fmt(expand.median)} ms  p95=${fmt(expand.p95)} ms  (target p95 < 30; ${loadAvg()})`,
      );

      // Lean (the default, decision 045) against detail=full on the same nodes, alternating which goes first, so
      // a change of load hits both alike; with the average body (uncompressed) of each.
      const times = { lean: [] as number[], full: [] as number[] };
      const bytes = { lean: 0, full: 0 };
      const started = loadAvg();
      for (let i = 0; i < runs * 10; i++) {
        const path = `/api/nodes/${encodeURIComponent(ids[(i * 7919) % ids.length]!)}/neighbors?depth=1&limit=100`;
        for (const detail of i % 2 ? (["lean", "full"] as const) : (["full", "lean"] as const))
          times[detail].push(await app.time(detail === "full" ? `${path}&detail=full` : path));
        if (i < 50)
          for (const detail of ["lean", "full"] as const)
            bytes[detail] += (await (await fetch(`${app.url}${path}&detail=${detail}`)).arrayBuffer()).byteLength / 50;
      }
      const [lean, full] = [stats(times.lean), stats(times.full)];
      console.log(
        `${label}: neighbours lean vs detail=full (same ${times.lean.length} nodes again, alternating; database warm)  lean median=${fmt(lean.median)} p95=${fmt(lean.p95)} ms, ${(bytes.lean / 1024).toFixed(1)} kB · full median=${fmt(full.median)} p95=${fmt(full.p95)} ms, ${(bytes.full / 1024).toFixed(1)} kB  (${started} → ${loadAvg()})`,
      );

      // Hubs: the most connected nodes (segments, chains, technologies: thousands of neighbours at 200k), each
      // expanded with limit 100 — the ring is a top-k over every neighbour's degree (decision 044).
      const hubs = (
        (await (await fetch(`${app.url}/api/graph?limit=20`, { headers: UNCACHED })).json()).nodes as {
          id: string;
          degree: number;
        }[]
      ).sort((a, b) => b.degree - a.degree);
      const hub = (i: number) =>
        app.time(`/api/nodes/${encodeURIComponent(hubs[i % hubs.length]!.id)}/neighbors?depth=1&limit=100`);
      for (let i = 0; i < hubs.length; i++) await hub(i);
      const hubTimes = await sample(hubs.length * 3, hub);
      console.log(
        `${label}: GET /api/nodes/:id/neighbors on the ${hubs.length} most connected nodes (degree ${hubs.at(-1)?.degree}–${hubs[0]?.degree})  median=${fmt(hubTimes.median)} ms  p95=${fmt(hubTimes.p95)} ms  (${loadAvg()})`,
      );
    }
    if (want("graph")) {
      // The explorer's overview, uncached and from the cache.
      for (const limit of [500, 5000]) {
        const path = `/api/graph?limit=${limit}`;
        for (let i = 0; i < 3; i++) await app.time(path, UNCACHED);
        const uncached = await sample(limit > 1000 ? 5 : 15, () => app.time(path, UNCACHED));
        const cached = await sample(15, () => app.time(path));
        console.log(
          `${label}: GET ${path}  uncached median=${fmt(uncached.median)} ms · cache hit median=${fmt(cached.median)} ms  (${loadAvg()})`,
        );
      }
    }
  } finally {
    await app.close();
  }

  if (want("matching")) {
    // Matching: candidates and top-3 consortia for 200 open problems (the board's batch), read in batches of
    // problems and pages of members (decision 044), each problem still from its own pool.
    const repo = problemsRepo(db);
    const problems = problemsService(repo);
    // Snapshots are kept by write generation like the app's (decision 046): cold = the first run after a write
    // (the database's page cache warm), cached = the same problems again with no write in between.
    const matching = matchingService(repo, problems, { generation: () => db.generation });
    const list = (await problems.list({ status: ["open"], limit: 200 })).problems;
    const request = { maxSize: 6, k: 3, rules: {} };
    const timed = async () => {
      const started = performance.now();
      await matching.matchAll(list, request);
      return performance.now() - started;
    };
    try {
      await timed();
      const cold = await sample(3, async (i) => {
        await write(Date.now() + i);
        return timed();
      });
      const cached = await sample(3, timed);
      console.log(
        `${label}: matching ${list.length} problems (candidates + top-3 consortia)  cold (after a write) median=${fmt(cold.median)} ms  best=${fmt(cold.min)} ms · cached median=${fmt(cached.median)} ms  best=${fmt(cached.min)} ms  (target < 4000; ${loadAvg()})`,
      );
    } catch (error) {
      // A refusal (e.g. the transaction memory limit) is printed, not thrown, so the other figures still show.
      console.log(`${label}: matching ${list.length} problems refused: ${(error as Error).message} (${loadAvg()})`);
    }
  }
} finally {
  await db.close();
  await local.stop();
}
console.log(`bench:scale — done, ${loadAvg()}`);
