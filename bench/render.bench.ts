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
import { cellLine, percentile, RENDERERS, summaryTable, type Cell, type Renderer } from "./render-format";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,5000,10000,20000,50000" },
    seconds: { type: "string", default: "5" },
    renderers: { type: "string", default: RENDERERS.join(",") },
    cameras: { type: "string", default: CAMERA_KINDS.join(",") },
    rounds: { type: "string", default: "1" },
    "cell-cap": { type: "string", default: "30" },
    "setup-cap": { type: "string", default: "20" },
    "layout-cap": { type: "string", default: "180" },
    screenshots: { type: "string" },
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

type Progress = { frames: number; intervals: number[] };
/** A fresh page; `run` is cut after `capMs` of wall time (the page is closed, `null` returned). */
async function withPage<T>(
  capMs: number,
  run: (page: Page) => Promise<T>,
  progress: Progress = { frames: 0, intervals: [] },
): Promise<T | null> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  page.on("pageerror", (e) => console.error(`page error: ${e.message}`));
  await page.exposeFunction("benchFrame", (frames: number, interval: number) => {
    progress.frames = frames;
    progress.intervals.push(interval);
  });
  await page.goto(url);
  await page.waitForFunction(() => "bench" in window);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const work = run(page);
  work.catch(() => {}); // after a timeout the page closes under it
  try {
    return await Promise.race([work, new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), capMs)))]);
  } finally {
    clearTimeout(timer);
    await page.close({ runBeforeUnload: false }).catch(() => {});
  }
}

const cells: Cell[] = [];
const setups: string[] = [];
const wallStart = Date.now();
try {
  console.log(`render bench: load average at start ${load()} (1, 5, 15 min) on ${os.cpus().length} cores`);
  console.log(
    `Chromium ${browser.version()} headless, viewport ${VIEWPORT.width}×${VIEWPORT.height}, flags: ${FLAGS.join(" ")}`,
  );
  const webgl = await withPage(60_000, (page) => page.evaluate(() => window.bench.webgl()));
  console.log(
    `WebGL: ${webgl}; sizes ${sizes.join(", ")}; ${seconds} s per cell; ${rounds} round(s); fresh page per cell`,
  );
  for (const n of sizes) {
    console.log(`\n# ${n} nodes — load average ${load()}`);
    const layout = await withPage(layoutCapMs, (page) => page.evaluate((count) => window.bench.layout(count), n));
    if (!layout) {
      console.log(
        `setup renderer=chainatlas nodes=${n}: no stable layout within ${layoutCapMs / 1000} s; size skipped`,
      );
      continue;
    }
    const setup = (r: string, s: { firstPictureMs: number; stableMs: number | null; ticks: number }, how: string) => {
      const line = `setup renderer=${r} nodes=${layout.nodes} links=${layout.links} first-picture=${ms(s.firstPictureMs)} stable-layout=${s.stableMs === null ? `>${setupCapMs / 1000} s (cut after ${s.ticks} ticks)` : `${ms(s.stableMs)} (${s.ticks} ticks ${how})`}`;
      setups.push(line);
      console.log(line);
    };
    if (renderers.includes("chainatlas")) setup("chainatlas", layout, "in the worker");
    for (const r of renderers.filter((x): x is "svg" | "sigma" => x !== "chainatlas")) {
      const s = await withPage(setupCapMs + 60_000, (page) =>
        page.evaluate(([name, count, cap]) => window.bench.setup(name, count, cap), [r, n, setupCapMs] as const),
      );
      if (s) setup(r, s, "on the page's thread");
      else console.log(`setup renderer=${r} nodes=${n}: cut at the wall-time cap`);
    }
    for (let round = 0; round < rounds; round++)
      for (const camera of cameras)
        for (const renderer of round % 2 ? [...renderers].reverse() : renderers) {
          const cell = { renderer, nodes: layout.nodes, links: layout.links, camera };
          const progress: Progress = { frames: 0, intervals: [] };
          const run = await withPage(
            cellCapMs,
            async (page) => {
              const args = [renderer, n, layout.positions, camera] as const;
              await page.evaluate(([r, count, p, c]) => window.bench.prepare(r, count, p, c), args);
              if (values.screenshots)
                await page.screenshot({ path: path.join(values.screenshots, `${renderer}-${n}-${camera}.png`) });
              return page.evaluate((d) => window.bench.interact(d), seconds * 1000);
            },
            progress,
          );
          if (run) {
            cells.push({ ...cell, fps: run.frames / run.seconds, p95: run.p95, labels: run.labels });
          } else {
            // Cut: what the page reported frame by frame before the cap (labels unknown: 0).
            console.log(
              `# renderer=${renderer} nodes=${n} camera=${camera}: cut at the ${cellCapMs / 1000} s wall-time cap`,
            );
            const elapsed = progress.intervals.reduce((sum, x) => sum + x, 0) / 1000;
            const fps = elapsed > 0 ? progress.frames / elapsed : 0;
            cells.push({ ...cell, fps, p95: percentile(progress.intervals, 0.95), labels: 0 });
          }
          console.log(cellLine(cells.at(-1)!));
        }
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
