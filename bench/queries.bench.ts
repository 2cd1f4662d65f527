// npm run bench:queries [-- --runs 10] — latency of every shipped library query and of the read-only
// pipeline's overhead, on the seed in its own instance (bench-seed). Prints figures; asserts nothing.
import { parseArgs } from "node:util";
import { loadLibrary } from "../server/features/queries/query-registry";
import { loadSeed } from "../seed/load";
import { authHeadersFor } from "../tests/setup/test-auth";
import { benchInstance, fmt, sample, serve } from "./lib";

const { values } = parseArgs({ options: { runs: { type: "string", default: "10" } } });
const runs = Number(values.runs);

const { local, db } = await benchInstance("bench-seed", { reset: true });
try {
  await loadSeed(db);
  const app = await serve(db);
  // Ad-hoc Cypher needs an analyst: a token-only bench account in this throwaway instance.
  const auth = await authHeadersFor(db, "analyst");
  const post = async (path: string, body: unknown) => {
    const started = performance.now();
    const response = await fetch(`${app.url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...auth },
      body: JSON.stringify(body),
    });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${path} → ${response.status}`);
    return performance.now() - started;
  };
  for (const query of loadLibrary()) {
    await post(`/api/queries/${query.id}/run`, { params: {} }); // warm-up (plan cache)
    const s = await sample(runs, () => post(`/api/queries/${query.id}/run`, { params: {} }));
    console.log(`POST /api/queries/${query.id}/run  median=${fmt(s.median)} ms  p95=${fmt(s.p95)} ms  (n=${s.n})`);
  }
  const trivial = await sample(runs * 5, () => post("/api/cypher", { query: "RETURN 1 AS one" }));
  const direct = await sample(runs * 5, async () => {
    const started = performance.now();
    await db.readTx((tx) => tx.raw("RETURN 1 AS one"));
    return performance.now() - started;
  });
  console.log(
    `POST /api/cypher RETURN 1 (guard + EXPLAIN + READ tx + HTTP)  median=${fmt(trivial.median)} ms  p95=${fmt(trivial.p95)} ms`,
  );
  console.log(`driver readTx RETURN 1 (no pipeline)  median=${fmt(direct.median)} ms  p95=${fmt(direct.p95)} ms`);
  const capped = await sample(runs, () => post("/api/cypher", { query: "UNWIND range(1, 100000) AS i RETURN i" }));
  console.log(
    `POST /api/cypher 100,000 rows capped at 5,000  median=${fmt(capped.median)} ms  p95=${fmt(capped.p95)} ms`,
  );
  await app.close();
} finally {
  await db.close();
  await local.stop();
}
