// npm run bench:render — frames per second while panning and zooming the explorer's canvas in headless
// Chromium (/usr/bin/chromium), at 1k, 5k and 10k nodes with ~3 links per node, and the time to the
// first stable layout (Web Worker force simulation). Prints figures; asserts nothing (target: ≥ 30 fps at 5k).
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { createServer } from "vite";
import { REPO_ROOT } from "../server/db/local/paths";

const { values } = parseArgs({
  options: { sizes: { type: "string", default: "1000,5000,10000" }, seconds: { type: "string", default: "5" } },
});
const sizes = values.sizes.split(",").map(Number);

const server = await createServer({
  root: REPO_ROOT,
  configFile: false,
  logLevel: "error",
  server: { host: "127.0.0.1", port: 0 },
  worker: { format: "es" },
  optimizeDeps: { include: ["d3"] },
});
await server.listen();
const address = server.httpServer!.address();
const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/bench/render-page.html`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
});
try {
  console.log(
    `render bench: headless Chromium ${browser.version()}, viewport 1400×900, software canvas (--disable-gpu)`,
  );
  for (const n of sizes) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on("pageerror", (e) => console.error(`page error: ${e.message}`));
    await page.goto(url);
    await page.waitForFunction(() => "bench" in window);
    const load = await page.evaluate((count) => window.bench.load(count), n);
    const run = await page.evaluate((ms) => window.bench.interact(ms), Number(values.seconds) * 1000);
    const fps = run.frames / run.seconds;
    console.log(
      `nodes=${load.nodes} links=${load.links} fps=${fps.toFixed(1)} (pan/zoom ${run.seconds.toFixed(1)} s, p95 frame ${run.p95DrawMs.toFixed(1)} ms) ` +
        `first-frame=${load.firstFrameMs.toFixed(0)} ms stable-layout=${load.stableMs.toFixed(0)} ms (${load.ticks} ticks in the worker)`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
