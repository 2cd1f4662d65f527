// npm run bench:render — the explorer's canvas side by side with a plain d3 SVG graph and sigma.js v3
// (WebGL) in headless Chromium (/usr/bin/chromium, or CHROMIUM_PATH), on the same synthetic graphs
// (bench/render-graph.ts, ~3 links per node), the same node positions and the same camera path
// (bench/render-camera.ts), interleaved: for each size and camera every renderer in turn, each in a fresh
// page. Prints one parseable line per cell, set-up times, and the side-by-side table with ratios.
// Asserts nothing. Flags and how frames are counted: docs/benchmarks.md.
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Page } from "playwright-core";
import { createServer } from "vite";
import { REPO_ROOT } from "../server/db/local/paths";
import { CAMERA_KINDS, type CameraKind } from "./render-camera";
import { CACHE_DIR, LAYOUT_KEY, readPositions, writePositions, type Positions } from "./render-positions";
import { cellLine, percentile, RENDERERS, summaryTable, type Cell, type Renderer } from "./render-format";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,5000,10000,20000,50000" },
    seconds: { type: "string", default: "5" },
    renderers: { type: "string", default: RENDERERS.join(",") },
    cameras: { type: "string", default: CAMERA_KINDS.join(",") },
    rounds: { type: "string", default: "1" },
    "cell-cap": { type: "string", default: "25" },
    "setup-cap": { type: "string", default: "10" },
    "layout-cap": { type: "string", default: "180" },
    budget: { type: "string", default: "540" },
    screenshots: { type: "string" },
    "fresh-layout": { type: "boolean", default: false },
  },
});
const sizes = values.sizes.split(",").map(Number);
const seconds = Number(values.seconds);
const renderers = values.renderers
  .split(",")
  .filter((r): r is Renderer => (RENDERERS as readonly string[]).includes(r));
const cameras = values.cameras
  .split(",")
  .filter((c): c is CameraKind => (CAMERA_KINDS as readonly string[]).includes(c));
const rounds = Math.max(1, Number(values.rounds));
const cellCapMs = (seconds + Number(values["cell-cap"])) * 1000;
const setupCapMs = Number(values["setup-cap"]) * 1000;
const layoutCapMs = Number(values["layout-cap"]) * 1000;
const budgetMs = Number(values.budget) * 1000;
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu", // software 2D canvas and raster, as on a machine without a GPU…
  "--enable-unsafe-swiftshader", // …while WebGL (sigma) runs on SwiftShader, Chromium's CPU implementation
  "--disable-background-networking",
  "--disable-dev-shm-usage",
];
const VIEWPORT = { width: 1400, height: 900 };
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");
const ms = (x: number | null) => (x === null ? "–" : `${Math.round(x)} ms`);

const server = await createServer({
  root: REPO_ROOT,
  configFile: false,
  logLevel: "error",
  server: { host: "127.0.0.1", port: 0 },
  worker: { format: "es" },
  optimizeDeps: { include: ["d3", "sigma", "graphology"] },
});
await server.listen();
const address = server.httpServer!.address();
const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/bench/render-page.html`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  headless: true,
  args: FLAGS,
});

const context = await browser.newContext({ viewport: VIEWPORT }); // one HTTP cache: pages load fast
const wallStart = Date.now();
const remaining = () => budgetMs - (Date.now() - wallStart);

/** What the page reported while its camera path ran (Node's clock: the page may be stuck in a frame at the cap). */
type Progress = { frames: number; intervals: number[]; startedAt?: number; lastAt?: number };
/**
 * A fresh page; `run` is cut after `capMs` of wall time, or sooner when the run's budget is spent (the page
 * is closed, `null` returned).
 */
async function withPage<T>(
  capMs: number,
  run: (page: Page) => Promise<T>,
  progress: Progress = { frames: 0, intervals: [] },
): Promise<T | null> {
  const page = await context.newPage();
  page.on("pageerror", (e) => console.error(`page error: ${e.message}`));
  await page.exposeFunction("benchFrame", (frames: number, interval: number) => {
    const now = Date.now();
    if (interval < 0)
      progress.startedAt = now; // the camera path starts
    else {
      progress.frames = frames;
      progress.intervals.push(interval);
    }
    progress.lastAt = now;
  });
  await page.goto(url);
  await page.waitForFunction(() => "bench" in window);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const work = run(page);
  work.catch(() => {}); // after a timeout the page closes under it
  const cap = Math.max(1000, Math.min(capMs, remaining()));
  try {
    return await Promise.race([work, new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), cap)))]);
  } finally {
    clearTimeout(timer);
    await page.close({ runBeforeUnload: false }).catch(() => {});
  }
}

type Setup = { firstPictureMs: number; coarsePictureMs?: number | null; stableMs: number | null; ticks: number };
const cells: Cell[] = [];
const setups: string[] = [];
function setupLine(r: Renderer, n: number, m: number, s: Setup, how: string) {
  const stable =
    s.stableMs === null
      ? `>${setupCapMs / 1000} s (cut after ${s.ticks} ticks)`
      : `${ms(s.stableMs)} (${s.ticks} ticks ${how})`;
  const coarse = s.coarsePictureMs != null ? ` coarse-picture=${ms(s.coarsePictureMs)}` : "";
  const line = `setup renderer=${r} nodes=${n} links=${m} first-picture=${ms(s.firstPictureMs)}${coarse} stable-layout=${stable}`;
  setups.push(line);
  console.log(line);
}
const skip = (what: string) => console.log(`# skipped (the ${budgetMs / 1000} s budget is spent): ${what}`);

/** One cell: a fresh page, the renderer on the shared positions at the camera's start, then the path. */
async function runCell(
  renderer: Renderer,
  camera: CameraKind,
  layout: { nodes: number; links: number; positions: number[] },
) {
  const cell = { renderer, nodes: layout.nodes, links: layout.links, camera };
  const progress: Progress = { frames: 0, intervals: [] };
  const run = await withPage(
    cellCapMs,
    async (page) => {
      const args = [renderer, layout.nodes, layout.positions, camera] as const;
      await page.evaluate(([r, count, p, c]) => window.bench.prepare(r, count, p, c), args);
      if (values.screenshots)
        await page.screenshot({ path: path.join(values.screenshots, `${renderer}-${layout.nodes}-${camera}.png`) });
      return page.evaluate((d) => window.bench.interact(d), seconds * 1000);
    },
    progress,
  );
  if (run) cells.push({ ...cell, fps: run.frames / run.seconds, p95: run.p95, labels: run.labels });
  else {
    // Cut: what the page reported frame by frame before the cap (labels unknown: 0).
    console.log(`# renderer=${renderer} nodes=${layout.nodes} camera=${camera}: cut at the wall-time cap`);
    // fps over the time from the path's start to the cut, p95 counting the frame still running at the cut.
    const now = Date.now();
    const elapsed = progress.startedAt === undefined ? 0 : (now - progress.startedAt) / 1000;
    const fps = elapsed > 0 ? progress.frames / elapsed : 0;
    const intervals = progress.lastAt === undefined ? [] : [...progress.intervals, now - progress.lastAt];
    cells.push({ ...cell, fps, p95: percentile(intervals, 0.95), labels: 0, cut: true });
  }
  console.log(cellLine(cells.at(-1)!));
}

try {
  console.log(`render bench: load average at start ${load()} (1, 5, 15 min) on ${os.cpus().length} cores`);
  console.log(
    `Chromium ${browser.version()} headless, viewport ${VIEWPORT.width}×${VIEWPORT.height}, flags: ${FLAGS.join(" ")}`,
  );
  const webgl = await withPage(60_000, (page) => page.evaluate(() => window.bench.webgl()));
  console.log(`WebGL: ${webgl}`);
  console.log(
    `sizes ${sizes.join(", ")}; renderers ${renderers.join(", ")}; cameras ${cameras.join(", ")}; ${seconds} s per cell; ` +
      `${rounds} round(s); a fresh page per cell; budget ${budgetMs / 1000} s`,
  );
  const graphs = new Map<number, Positions>();
  const measured = new Set<number>(); // sizes whose explorer set-up was timed while laying out
  for (const n of sizes) {
    if (remaining() <= 0) {
      skip(`${n} nodes`);
      continue;
    }
    console.log(`\n# ${n} nodes — load average ${load()}`);
    let layout = values["fresh-layout"] ? null : readPositions(n);
    if (layout) console.log(`# positions from ${path.relative(REPO_ROOT, CACHE_DIR)} (layout ${LAYOUT_KEY})`);
    else {
      const fresh = await withPage(layoutCapMs, (page) => page.evaluate((count) => window.bench.layout(count), n));
      if (!fresh) {
        console.log(`# ${n} nodes: no stable layout within the cap; size skipped`);
        continue;
      }
      writePositions(n, fresh);
      measured.add(n);
      if (renderers.includes("chainatlas")) setupLine("chainatlas", n, fresh.links, fresh, "in the worker");
      layout = fresh;
    }
    graphs.set(n, layout);
    for (let round = 0; round < rounds; round++)
      for (const camera of cameras)
        for (const renderer of round % 2 ? [...renderers].reverse() : renderers)
          if (remaining() > 0) await runCell(renderer, camera, layout);
          else skip(`renderer=${renderer} nodes=${n} camera=${camera}`);
  }
  // Set-up times last (never needed by a cell): the explorer's where the positions came from the cache, and
  // the baselines' (their layout on the page's thread, cut after --setup-cap).
  console.log(`\n# set-up times — load average ${load()}`);
  for (const [n, g] of graphs)
    for (const r of renderers) {
      if (r === "chainatlas" && measured.has(n)) continue;
      if (remaining() <= 0) {
        skip(`setup renderer=${r} nodes=${n}`);
        continue;
      }
      const s =
        r === "chainatlas"
          ? await withPage(layoutCapMs, (page) => page.evaluate((count) => window.bench.layout(count), n))
          : await withPage(setupCapMs + 30_000, (page) =>
              page.evaluate(([name, count, cap]) => window.bench.setup(name, count, cap), [r, n, setupCapMs] as const),
            );
      if (s) setupLine(r, n, g.links, s, r === "chainatlas" ? "in the worker" : "on the page's thread");
      else console.log(`# setup renderer=${r} nodes=${n}: cut at the wall-time cap`);
    }
  console.log(`\nside by side (fps = frames that redrew per second; ratios > 1 mean chainatlas is faster):`);
  for (const line of summaryTable(cells)) console.log(line);
  console.log(`\ntime to first picture and to stable layout:`);
  for (const line of setups) console.log(line);
  console.log(`\nload average at end ${load()}; wall time ${((Date.now() - wallStart) / 1000).toFixed(0)} s`);
} finally {
  await browser.close();
  await server.close();
}
