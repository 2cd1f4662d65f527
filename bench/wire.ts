// Bytes on the wire and throughput, for bench:api. Payload sizes are read without decompressing (node:http, an
// explicit accept-encoding); throughput comes from autocannon run as a child process, so its load generator
// does not share the server's event loop.
import { execFile } from "node:child_process";
import http from "node:http";
import path from "node:path";
import neo4j from "neo4j-driver";
import type { Database } from "../server/db/database";
import { REPO_ROOT } from "../server/db/local/paths";
import { cypherText } from "../server/db/query";

export function wireBytes(url: string, acceptEncoding: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "accept-encoding": acceptEncoding } }, (res) => {
        let bytes = 0;
        res.on("data", (chunk: Buffer) => (bytes += chunk.length));
        res.on("end", () => resolve(bytes));
      })
      .on("error", reject);
  });
}

export const kB = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;

export interface Throughput {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** autocannon -c CONNECTIONS -d SECONDS URL, with gzip accepted as a browser would (plus any `headers`). */
export function autocannon(
  url: string,
  connections: number,
  seconds: number,
  headers: Record<string, string> = {},
): Promise<Throughput> {
  const bin = path.join(REPO_ROOT, "node_modules", ".bin", "autocannon");
  const extra = Object.entries(headers).flatMap(([k, v]) => ["-H", `${k}=${v}`]);
  const args = [
    "--json",
    "-c",
    String(connections),
    "-d",
    String(seconds),
    "-H",
    "accept-encoding=gzip",
    ...extra,
    url,
  ];
  return new Promise((resolve, reject) => {
    execFile(bin, args, { maxBuffer: 16 * 1024 * 1024, timeout: (seconds + 60) * 1000 }, (error, stdout) => {
      if (error) return reject(error);
      const report = JSON.parse(stdout) as {
        requests: { total: number };
        duration: number;
        latency: { p50: number; p99: number };
        errors: number;
        non2xx: number;
      };
      resolve({
        requestsPerSecond: report.requests.total / report.duration,
        p50: report.latency.p50,
        p99: report.latency.p99,
        errors: report.errors,
        non2xx: report.non2xx,
      });
    });
  });
}

/**
 * The bare driver on the same Cypher the lean /api/graph runs (its nodes statement, then its links statement,
 * in one read transaction), records → objects → JSON.stringify: the floor the server's overhead is measured
 * against. Milliseconds.
 */
export async function bareDriver(db: Database, limit: number): Promise<number> {
  const started = performance.now();
  const session = db.driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const json = await session.executeRead(async (tx) => {
      const nodes = (
        await tx.run(cypherText("graph/view-nodes"), {
          ids: null,
          kinds: null,
          sources: null,
          districts: null,
          limit: neo4j.int(limit),
        })
      ).records.map((r) => r.toObject());
      const ids = nodes.map((n) => n.id as string);
      const links = (
        await tx.run(cypherText("graph/view-links"), {
          ids,
          idSet: Object.fromEntries(ids.map((id) => [id, true])),
          types: null,
          sources: null,
        })
      ).records.map((r) => r.toObject());
      return JSON.stringify({ nodes, links });
    });
    if (!json) throw new Error("empty");
  } finally {
    await session.close();
  }
  return performance.now() - started;
}

/** Time to the first NDJSON line (the first nodes a client can draw) and to the end of the stream. */
export function firstStreamedLine(url: string): Promise<{ firstMs: number; totalMs: number; lines: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "accept-encoding": "identity", "cache-control": "no-cache" } }, (res) => {
        let firstMs = 0;
        let lines = 0;
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          const newlines = chunk.split("\n").length - 1;
          if (newlines && !lines) firstMs = performance.now() - started;
          lines += newlines;
        });
        res.on("end", () => resolve({ firstMs, totalMs: performance.now() - started, lines }));
      })
      .on("error", reject);
  });
}
