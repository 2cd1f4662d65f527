import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { CLIENT_DIST, ensureClientBuilt } from "../../server/boot/client-build";
import { REPO_ROOT } from "../../server/db/local/paths";
import { startTestApp, type RunningApp } from "../setup/test-db";

/** Debian's Chromium (installed by .ci/run); a test never downloads a browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SCREENSHOTS = path.join(REPO_ROOT, ".artifacts", "screenshots");

export interface E2E {
  app: RunningApp;
  browser: Browser;
  /** A fresh page that records console errors and failed requests (asserted empty by `expectClean`). */
  page(): Promise<Page & { consoleErrors: string[] }>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export async function startE2E(): Promise<E2E> {
  await ensureClientBuilt(() => {});
  const app = await startTestApp(undefined, { clientDir: CLIENT_DIST });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
  });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    app,
    browser,
    async page() {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: "zh-CN", baseURL: app.url, acceptDownloads: true });
      const page = (await context.newPage()) as Page & { consoleErrors: string[] };
      page.consoleErrors = [];
      page.on("console", (message) => {
        if (message.type() === "error") page.consoleErrors.push(message.text());
      });
      page.on("pageerror", (error) => page.consoleErrors.push(`pageerror: ${error.message}`));
      return page;
    },
    async screenshot(page, name) {
      const file = path.join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: false });
      return file;
    },
    async close() {
      await browser.close();
      await app.close();
    },
  };
}
