import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "../server/db/local/paths";

// The render bench's shared node positions, cached between runs: the explorer's worker layout of the
// synthetic graph is deterministic (seeded graph, seeded simulation), so its stable positions depend only on
// the graph size and the code below. The cache key hashes that code; any change to it lays out afresh.

const SOURCES = [
  "bench/render-graph.ts",
  "client/charts/force/layout.ts",
  "client/charts/force/layout.worker.ts",
  "client/charts/force/layout-runner.ts",
  "client/charts/force/graph-canvas.ts",
  "server/contracts/random.ts",
  "server/contracts/model.ts",
];
export const CACHE_DIR = path.join(REPO_ROOT, ".cache", "render-bench");
export const LAYOUT_KEY = createHash("sha256")
  .update(SOURCES.map((f) => fs.readFileSync(path.join(REPO_ROOT, f), "utf8")).join("\0"))
  .digest("hex")
  .slice(0, 12);

export interface Positions {
  nodes: number;
  links: number;
  positions: number[];
}

const file = (n: number) => path.join(CACHE_DIR, `positions-${n}-${LAYOUT_KEY}.json`);

export function readPositions(n: number): Positions | null {
  try {
    const p = JSON.parse(fs.readFileSync(file(n), "utf8")) as Positions;
    return p.positions.length === p.nodes * 2 ? p : null;
  } catch {
    return null;
  }
}

export function writePositions(n: number, p: Positions): void {
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  fs.writeFileSync(file(n), JSON.stringify({ nodes: p.nodes, links: p.links, positions: p.positions }));
}
