// npm run bench:start — time from `npm start` to the first healthy /api/health answer (warm: jars
// resolved, client built, database seeded), interleaved with a bare start of the same Neo4j instance (the
// JVM until Bolt answers) so the app's own overhead is a ratio. Runs 3 of each on a spare port, own instance.
import { spawn } from "node:child_process";
import os from "node:os";
import { parseEnv } from "../server/config/env";
import { LocalNeo4j } from "../server/db/local/instance";
import { freePort } from "../server/db/local/process-utils";
import { REPO_ROOT } from "../server/db/local/paths";
import { fmt, stats } from "./lib";

async function once(port: number): Promise<number> {
  const started = performance.now();
  const child = spawn("npm", ["start"], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: String(port), CHAINATLAS_INSTANCE: "bench-start", LOG_LEVEL: "warn" },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (response.status === 200) return performance.now() - started;
      } catch {
        /* not listening yet */
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    process.kill(-child.pid!, "SIGINT");
    await new Promise((resolve) => child.once("exit", resolve));
  }
}

/** The same instance started bare, as the app would start it (same heap and page cache), until Bolt answers. */
async function bare(): Promise<number> {
  const env = parseEnv({ ...process.env, CHAINATLAS_INSTANCE: "bench-start" });
  const local = new LocalNeo4j("bench-start", { heap: env.NEO4J_HEAP, pageCache: env.NEO4J_PAGECACHE });
  const started = performance.now();
  await local.start();
  const ms = performance.now() - started;
  await local.stop();
  return ms;
}

const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(" ");
const port = await freePort();
console.log(`load ${load()} (start)`);
console.log(`first (may include seeding/build): ${fmt(await once(port))} ms`);
const warm: number[] = [];
const bareRuns: number[] = [];
for (let i = 0; i < 3; i++) {
  bareRuns.push(await bare());
  warm.push(await once(port));
}
const s = stats(warm);
const b = stats(bareRuns);
console.log(`bare Neo4j start → Bolt answers: median=${fmt(b.median)} ms max=${fmt(b.max)} ms (n=${b.n})`);
console.log(
  `warm npm start → first healthy answer: median=${fmt(s.median)} ms max=${fmt(s.max)} ms (n=${s.n}); ratio ${(s.median / b.median).toFixed(2)}× bare (target ≤ 1.15×)`,
);
console.log(`load ${load()} (end)`);
