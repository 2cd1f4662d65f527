import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { CLIENT_DIST, ensureClientBuilt } from "../../server/boot/client-build";
import { REPO_ROOT } from "../../server/db/local/paths";
import { SESSION_COOKIE } from "../../server/features/auth/cookies";
import { sessionFor, type TestRole } from "../setup/test-auth";
import { startTestApp, type RunningApp } from "../setup/test-db";

/** Debian's Chromium (installed by .ci/run); a test never downloads a browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SCREENSHOTS = path.join(REPO_ROOT, ".artifacts", "screenshots");

export interface E2E {
  app: RunningApp;
  browser: Browser;
  /**
   * A fresh page that records console errors (CSP violations included). Signed in as admin (a session cookie)
   * unless `as` says otherwise ("anonymous" = no session).
   */
  page(options?: { as?: TestRole }): Promise<Page & { consoleErrors: string[] }>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export async function startE2E(): Promise<E2E> {
  await ensureClientBuilt(() => {});
  const app = await startTestApp(undefined, { clientDir: CLIENT_DIST });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    app,
    browser,
    async page(options = {}) {
      const context = await browser.newContext({
        viewport: { width: 1400, height: 900 },
        locale: "zh-CN",
        baseURL: app.url,
        acceptDownloads: true,
      });
      const role = options.as ?? "admin";
      if (role !== "anonymous") {
        const { secret } = await sessionFor(app.db, role);
        await context.addCookies([
          { name: SESSION_COOKIE, value: secret, url: app.url, httpOnly: true, sameSite: "Lax" },
        ]);
      }
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
