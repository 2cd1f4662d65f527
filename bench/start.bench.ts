// npm run bench:start — time from `npm start` to the first healthy /api/health answer (warm: jars
// resolved, client built, database seeded). Runs it 3 times on a spare port and its own instance.
import { spawn } from "node:child_process";
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

const port = await freePort();
console.log(`first (may include seeding/build): ${fmt(await once(port))} ms`);
const warm: number[] = [];
for (let i = 0; i < 3; i++) warm.push(await once(port));
const s = stats(warm);
console.log(
  `warm npm start → first healthy answer: median=${fmt(s.median)} ms max=${fmt(s.max)} ms (n=${s.n}; target < 20000 ms)`,
);
