import type { AddressInfo } from "node:net";
import { createApp } from "../server/app";
import { Database } from "../server/db/database";
import { LocalNeo4j } from "../server/db/local/instance";
import { applySchema } from "../server/db/schema";
import { createLogger } from "../server/http/logger";

export function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { n: sorted.length, min: sorted[0]!, median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1]! };
}

export const fmt = (ms: number) => ms.toFixed(1);

/** A managed benchmark instance (its own data directory; never the user's) plus the app over HTTP. */
export async function benchInstance(
  name: string,
  options: { reset: boolean; heap?: string; pageCache?: string; txTimeoutMs?: number },
) {
  const local = new LocalNeo4j(name, {
    heap: options.heap ?? "1g",
    pageCache: options.pageCache ?? "512m",
    txTimeoutMs: options.txTimeoutMs,
    log: (line) => console.error(line),
  });
  if (options.reset) {
    await local.stopAny();
    local.resetData();
  }
  const connection = await local.start();
  const db = new Database({ ...connection, mode: "managed", queryTimeoutMs: 600_000 });
  await applySchema(db);
  return { local, db, connection };
}

export async function serve(db: Database) {
  const app = createApp({ db, logger: createLogger("error") });
  const server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    async time(path: string, headers: Record<string, string> = {}): Promise<number> {
      const started = performance.now();
      const response = await fetch(`${url}${path}`, { headers });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${path} → ${response.status}`);
      return performance.now() - started;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function sample(runs: number, fn: (i: number) => Promise<number>) {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) out.push(await fn(i));
  return stats(out);
}
