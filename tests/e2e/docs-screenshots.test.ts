import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../server/db/local/paths";
import { SESSION_COOKIE } from "../../server/features/auth/cookies";
import { sessionFor } from "../setup/test-auth";
import { settled } from "./explorer-helpers";
import { startE2E, type E2E } from "./harness";

// The screenshots the README and docs/screens.md show (docs/screenshots/*.png): each main page on a
// desktop (1440×900, saved at 0.6 scale) and a phone (390×844), from the seeded data in real Chromium.
// Not part of the normal run (it rewrites committed files): `npm run screenshots`.

const OUT = path.join(REPO_ROOT, "docs", "screenshots");
const MAX_BYTES = 200_000;
const SIZES = [
  { name: "desktop", width: 1440, height: 900, scale: 0.6 },
  { name: "phone", width: 390, height: 844, scale: 1 },
] as const;

const PAGES: { name: string; url: string; ready: (page: Page) => Promise<unknown> }[] = [
  {
    name: "explore",
    url: "/explore?focus=ent:crrc-times-semi&depth=1",
    ready: async (page) => {
      await settled(page);
      await page.waitForSelector("[data-testid=graph][data-stable]", { timeout: 30_000 });
    },
  },
  {
    name: "explore-panorama",
    url: "/explore?chain=chain:power-semi&layout=panorama",
    ready: (page) => page.waitForSelector("[data-testid=explore-panorama] svg text[data-role=org]"),
  },
  { name: "chains", url: "/chains", ready: (page) => page.waitForSelector("[data-chain]") },
  {
    name: "chain-panorama",
    url: "/chains/chain:power-semi",
    ready: (page) => page.waitForSelector("[data-testid=panorama] svg text[data-role=org]"),
  },
  { name: "problems", url: "/problems", ready: (page) => page.waitForSelector("[data-problem]") },
  {
    name: "problem",
    url: "/problems/prob:rail-green-power-device",
    ready: async (page) => {
      // scrolled to the first recommended consortium: its members, coverage and mini-graph
      await page.waitForSelector("svg.consortium-graph text[data-label]");
      await page
        .getByTestId("consortium-card")
        .first()
        .evaluate((card) => card.scrollIntoView({ block: "start" }));
    },
  },
  {
    name: "queries",
    url: "/queries/chain-segments?chain=chain:power-semi",
    ready: async (page) => {
      // the query opens on its bar chart; the table reads better in a small picture
      await page.locator("[data-testid=results] [data-view=table]").click();
      await page.waitForSelector("[data-testid=result-table] tbody tr");
    },
  },
  { name: "data", url: "/data", ready: (page) => page.waitForSelector("[data-testid=export-panel]") },
];

let e2e: E2E;
describe.skipIf(!process.env.DOCS_SCREENSHOTS)("docs screenshots", () => {
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  for (const size of SIZES)
    it(`captures every main page at ${size.width}×${size.height}`, async () => {
      const context = await e2e.browser.newContext({
        viewport: { width: size.width, height: size.height },
        deviceScaleFactor: size.scale,
        locale: "zh-CN",
        baseURL: e2e.app.url,
        hasTouch: size.name === "phone",
      });
      const { secret } = await sessionFor(e2e.app.db, "admin");
      await context.addCookies([
        { name: SESSION_COOKIE, value: secret, url: e2e.app.url, httpOnly: true, sameSite: "Lax" },
      ]);
      for (const shot of PAGES) {
        const page = await context.newPage();
        await page.goto(shot.url);
        await shot.ready(page);
        await page.evaluate(() => document.fonts.ready);
        const file = path.join(OUT, `${shot.name}-${size.name}.png`);
        await page.screenshot({ path: file });
        expect(fs.statSync(file).size, file).toBeLessThan(MAX_BYTES);
        await page.close();
      }
      await context.close();
    }, 300_000);
});
