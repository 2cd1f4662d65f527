// Bytes on the wire and throughput, for bench:api. Payload sizes are read without decompressing (node:http, an
// explicit accept-encoding); throughput comes from autocannon run as a child process, so its load generator
// does not share the server's event loop.
import { execFile } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { REPO_ROOT } from "../server/db/local/paths";

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

/** autocannon -c CONNECTIONS -d SECONDS URL, with gzip accepted as a browser would. */
export function autocannon(url: string, connections: number, seconds: number): Promise<Throughput> {
  const bin = path.join(REPO_ROOT, "node_modules", ".bin", "autocannon");
  const args = ["--json", "-c", String(connections), "-d", String(seconds), "-H", "accept-encoding=gzip", url];
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
