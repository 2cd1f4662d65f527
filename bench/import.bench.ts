// npm run bench:import [-- --rows 50000 --big 200000 --heap 512m] — import at the default 512 MB heap, in its own
// `bench-import` instance (never your data). Prints figures; asserts nothing. For the same 11-column organisation
// file: the staged import (decision 039), plain batched UNWIND … MERGE, LOAD CSV … IN TRANSACTIONS, and the old
// way (the whole file in one transaction); then the staged import of a file 4× that size. Each run starts from
// the seed alone; Neo4j's heap is sampled over JMX every 200 ms (peak used, peak old generation after GC) with
// the largest transaction's own estimate (SHOW TRANSACTIONS).
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import { parseArgs } from "node:util";
import neo4j from "neo4j-driver";
import { parse } from "csv-parse/sync";
import { coreServices } from "../server/app";
import { DEFAULT_SECURITY } from "../server/config/security";
import type { ProgressResponse } from "../server/contracts/import";
import { loadSeed } from "../seed/load";
import { orgFile } from "../tests/setup/org-file";
import { benchInstance } from "./lib";

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "50000" },
    big: { type: "string", default: "200000" },
    heap: { type: "string", default: "512m" },
    batch: { type: "string", default: "2000" },
  },
});
const rows = Number(values.rows);
const batch = Number(values.batch);
const actor = { username: "bench", role: "admin" as const, via: "cli" as const };
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(" ");
const mb = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;

const { local, db, connection } = await benchInstance("bench-import", {
  reset: true,
  heap: values.heap,
  txTimeoutMs: 1_800_000,
});
const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
  disableLosslessIntegers: true,
});
console.log(`heap ${values.heap}, batch ${batch} rows, load ${load()} (start)`);

/** Samples Neo4j's heap and its transactions' memory estimate while `work` runs. */
async function measured<T>(work: () => Promise<T>) {
  let used = 0;
  let oldGen = 0;
  let tx = 0;
  let stop = false;
  const sampler = (async () => {
    const session = driver.session();
    try {
      while (!stop) {
        // A sample may itself be refused while a transaction holds the memory pool: skip it.
        await sample().catch(() => {});
        await new Promise((r) => setTimeout(r, 200));
      }
    } finally {
      await session.close();
    }
    async function sample() {
      const jmx = await session.run(
        "CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties.used AS used",
      );
      used = Math.max(used, Number(jmx.records[0]?.get("used") ?? 0));
      const pools = await session.run(
        "CALL dbms.queryJmx('java.lang:type=MemoryPool,name=G1 Old Gen') YIELD attributes RETURN attributes.CollectionUsage.value.properties.used AS used",
      );
      oldGen = Math.max(oldGen, Number(pools.records[0]?.get("used") ?? 0));
      const txs = await session.run("SHOW TRANSACTIONS YIELD estimatedUsedHeapMemory AS m RETURN max(m) AS m");
      tx = Math.max(tx, Number(txs.records[0]?.get("m") ?? 0));
    }
  })();
  const started = performance.now();
  let result: T | Error;
  try {
    result = await work();
  } catch (error) {
    result = error as Error;
  }
  const seconds = (performance.now() - started) / 1000;
  stop = true;
  await sampler;
  return { result, seconds, heap: `peak heap ${mb(used)}, old gen after GC ${mb(oldGen)}, largest tx ≈ ${mb(tx)}` };
}

/** Back to the seed: remove the bench's organisations in batches. */
async function reset() {
  const session = driver.session();
  try {
    await session.run(
      "MATCH (n:Entity) WHERE n.id STARTS WITH 'ent:bench-' CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS",
    );
  } finally {
    await session.close();
  }
}

function report(label: string, count: number, run: Awaited<ReturnType<typeof measured>>) {
  const outcome =
    run.result instanceof Error
      ? `refused after ${run.seconds.toFixed(1)} s: ${run.result.message.split("\n")[0]!.slice(0, 160)}`
      : `${run.seconds.toFixed(1)} s (${Math.round(count / run.seconds)} rows/s)`;
  console.log(`${label.padEnd(34)} ${String(count).padStart(7)} rows  ${outcome}  ${run.heap}  load ${load()}`);
}

try {
  await loadSeed(db);
  const { imports } = coreServices(db, { ...DEFAULT_SECURITY, importTimeoutMs: 900_000, importBatchRows: batch });
  const csv = orgFile("bench", rows);
  const bytes = new TextEncoder().encode(csv);
  console.log(`file: ${rows} rows × 11 columns, ${(bytes.length / 1048576).toFixed(1)} MB`);
  const options = { entity: "organisations" as const, encoding: "auto" as const };

  /** The staged import, with the time of each step: check, stage (first half of "writing"), commit + flip. */
  async function staged(label: string, count: number, file: Uint8Array, name: string) {
    const marks: Record<string, number> = {};
    const started = performance.now();
    const run = await measured(() =>
      imports.applyBytes(file, name, options, actor, (p: ProgressResponse) => {
        if (p.phase === "writing" && marks.checked === undefined) marks.checked = performance.now();
        if (p.phase === "writing" && p.done >= p.total / 2 && marks.staged === undefined)
          marks.staged = performance.now();
      }),
    );
    report(label, count, run);
    const s = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
    if (!(run.result instanceof Error))
      console.log(
        `${"".padEnd(34)} check ${s(started, marks.checked!)} s, stage ${s(marks.checked!, marks.staged!)} s, commit + flip ${s(marks.staged!, started + run.seconds * 1000)} s`,
      );
  }
  await staged("staged import (npm run import)", rows, bytes, "bench.csv");
  await reset();

  // The same rows as plain property maps, batched UNWIND … MERGE through the bare driver.
  const records = parse(csv, { columns: true }) as Record<string, string>[];
  const maps = records.map((r) => ({
    id: r["编号"]!,
    props: {
      id: r["编号"]!,
      kind: "Enterprise",
      name: r["名称"]!,
      nameEn: r["英文名称"]!,
      aliases: r["别名"]!.split("；"),
      district: r["区县"]!,
      local: r["是否本地"] === "是",
      founded: Number(r["成立年份"]),
      creditCode: r["统一社会信用代码"]!,
      asOf: r["截至日期"]!,
      note: r["备注"]!,
      source: "import",
      file: "bench.csv",
    },
  }));
  const merge = "UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n = row.props, n:Org:Enterprise";
  report(
    `UNWIND … MERGE, ${batch} per tx`,
    rows,
    await measured(async () => {
      const session = driver.session();
      try {
        for (let i = 0; i < maps.length; i += batch)
          await session.executeWrite((tx) => tx.run(merge, { rows: maps.slice(i, i + batch) }));
      } finally {
        await session.close();
      }
    }),
  );
  await reset();

  // LOAD CSV reads the file over HTTP from this process (no import directory needed).
  const server = http.createServer((_req, res) => res.end(csv)).listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/orgs.csv`;
  report(
    `LOAD CSV, ${batch} per tx`,
    rows,
    await measured(async () => {
      const session = driver.session();
      try {
        await session.run(
          `LOAD CSV WITH HEADERS FROM $url AS r
           CALL (r) {
             MERGE (n:Entity {id: r.编号})
             SET n = {id: r.编号, kind: 'Enterprise', name: r.名称, nameEn: r.英文名称, aliases: split(r.别名, '；'),
                      district: r.区县, local: r.是否本地 = '是', founded: toInteger(r.成立年份),
                      creditCode: r.统一社会信用代码, asOf: r.截至日期, note: r.备注, source: 'import', file: 'bench.csv'},
                 n:Org:Enterprise
           } IN TRANSACTIONS OF ${batch} ROWS`,
          { url },
        );
      } finally {
        await session.close();
      }
    }),
  );
  server.close();
  await reset();

  report(
    "old way: one transaction",
    rows,
    await measured(async () => {
      const session = driver.session();
      try {
        await session.executeWrite((tx) => tx.run(merge, { rows: maps }));
      } finally {
        await session.close();
      }
    }),
  );
  await reset();

  const big = Number(values.big);
  if (big > 0) {
    const bigBytes = new TextEncoder().encode(orgFile("bench", big));
    await staged(`staged import, ${(big / rows).toFixed(0)}× the file`, big, bigBytes, "bench-big.csv");
  }
} finally {
  await driver.close();
  await db.close();
  await local.stop();
}
