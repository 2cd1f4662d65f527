// npm run bench:gaps [-- --orgs 20000 --runs 30] — gap analysis speed. Prints figures; asserts nothing.
// Targets: all chains' gaps on a 20,000-organisation synthetic graph < 2 s; one chain on the seed < 100 ms.
import os from "node:os";
import { parseArgs } from "node:util";
import { GAP_ORG_KINDS } from "../server/domain/gaps/instance";
import { chainReport } from "../server/domain/gaps/report";
import { buildInstance, scopeOf } from "../server/features/chains/chain-instance";
import { chainsRepo } from "../server/features/chains/chains.repo";
import { loadInBatches, loadSeed } from "../seed/load";
import { syntheticDataset } from "../seed/synthetic";
import { benchInstance, fmt, sample, serve } from "./lib";

const { values } = parseArgs({
  options: { orgs: { type: "string", default: "20000" }, runs: { type: "string", default: "30" } },
});
const runs = Number(values.runs);
// Figures on a shared machine depend on what else runs: print the load next to them.
const load = () =>
  `load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")} on ${os.cpus().length} cores`;
type Db = Awaited<ReturnType<typeof benchInstance>>["db"];

async function withInstance(name: string, load: (db: Db) => Promise<void>, work: (db: Db) => Promise<void>) {
  const { local, db } = await benchInstance(name, { reset: true });
  try {
    const started = Date.now();
    await load(db);
    console.log(`${name}: loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await work(db);
  } finally {
    await db.close();
    await local.stop();
  }
}

/** Read vs compute, in process: where the time of "all chains" goes. */
async function split(label: string, db: Db) {
  const repo = chainsRepo(db);
  const chains = await repo.listChains();
  const times = await sample(Math.max(3, Math.round(runs / 5)), async () => {
    const started = performance.now();
    const loaded = buildInstance(await repo.chainData(null, GAP_ORG_KINDS));
    const read = performance.now();
    for (const chain of chains) chainReport(loaded.index, scopeOf(loaded, chain.id));
    const done = performance.now();
    console.log(
      `${label}:   read+index ${fmt(read - started)} ms, full reports of ${chains.length} chains ${fmt(done - read)} ms (${loaded.instance.orgs.length} orgs, ${loaded.instance.links.length} links)`,
    );
    return done - started;
  });
  console.log(
    `${label}: all chains' full reports in process  median=${fmt(times.median)} ms  max=${fmt(times.max)} ms (n=${times.n}; ${load()})`,
  );
}

async function overHttp(label: string, db: Db, chainRuns: number) {
  const app = await serve(db);
  try {
    const chains = (await (await fetch(`${app.url}/api/chains`)).json()).chains as { id: string }[];
    await app.time("/api/chains/gaps");
    const all = await sample(chainRuns, () => app.time("/api/chains/gaps"));
    console.log(
      `${label}: GET /api/chains/gaps (labels of all ${chains.length} chains)  median=${fmt(all.median)} ms  p95=${fmt(all.p95)} ms  (n=${all.n}; ${load()})`,
    );
    const reports = await sample(Math.max(3, Math.round(chainRuns / 5)), async () => {
      let total = 0;
      for (const chain of chains) total += await app.time(`/api/chains/${encodeURIComponent(chain.id)}/gaps`);
      return total;
    });
    console.log(
      `${label}: GET /api/chains/:id/gaps for every chain, one after another  median=${fmt(reports.median)} ms  max=${fmt(reports.max)} ms`,
    );
    const one = chains.find((c) => c.id === "chain:power-semi") ?? chains[0]!;
    for (let i = 0; i < 5; i++) await app.time(`/api/chains/${encodeURIComponent(one.id)}/gaps`);
    const single = await sample(chainRuns, () => app.time(`/api/chains/${encodeURIComponent(one.id)}/gaps`));
    console.log(
      `${label}: GET /api/chains/${one.id}/gaps  median=${fmt(single.median)} ms  p95=${fmt(single.p95)} ms  (n=${single.n}; ${load()})`,
    );
    const whatif = await sample(chainRuns, async () => {
      const started = performance.now();
      const response = await fetch(`${app.url}/api/chains/${encodeURIComponent(one.id)}/whatif`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ removeOrgs: [] }),
      });
      await response.arrayBuffer();
      return performance.now() - started;
    });
    console.log(
      `${label}: POST /api/chains/${one.id}/whatif  median=${fmt(whatif.median)} ms  p95=${fmt(whatif.p95)} ms`,
    );
  } finally {
    await app.close();
  }
}

await withInstance(
  "bench-seed",
  async (db) => void (await loadSeed(db)),
  async (db) => {
    await overHttp("seed", db, runs);
    await split("seed", db);
  },
);
await withInstance(
  "bench",
  async (db) => {
    const counts = await loadInBatches(db, syntheticDataset({ orgs: Number(values.orgs) }));
    console.log(`synthetic: ${counts.nodes} nodes, ${counts.links} links`);
  },
  async (db) => {
    await overHttp(`synthetic ${values.orgs} orgs`, db, Math.max(5, Math.round(runs / 3)));
    await split(`synthetic ${values.orgs} orgs`, db);
  },
);
