import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE } from "../../server/features/auth/cookies";
import { sessionFor } from "../setup/test-auth";
import { startE2E, type E2E } from "./harness";
import { settled } from "./explorer-helpers";
import { drawnOverlaps } from "./panorama-helpers";

// Phone, tablet and desktop (docs/screens.md): no page scrolls sideways, no control lies off screen, every
// navigation control, sign-in and the language switch can be reached and clicked, and the panorama (on the
// chain page and as the explorer's layout) draws no overlapping labels — at each size.
const SIZES = [
  { name: "phone", width: 390, height: 844 },
  { name: "tablet", width: 768, height: 1024 },
  { name: "desktop", width: 1440, height: 900 },
];
const PAGES: { path: string; ready: string }[] = [
  { path: "/explore", ready: "[data-testid=graph][data-node-count]" },
  { path: "/chains", ready: "[data-chain]" },
  { path: "/chains/chain:power-semi", ready: "[data-testid=panorama] svg text[data-role=org]" },
  {
    path: "/explore?chain=chain:power-semi&layout=panorama",
    ready: "[data-testid=explore-panorama] svg text[data-role=org]",
  },
  { path: "/problems", ready: "[data-problem]" },
  { path: "/queries", ready: "[data-query]" },
];

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

async function pageAt(size: (typeof SIZES)[number], signedIn = true) {
  const context = await e2e.browser.newContext({
    viewport: { width: size.width, height: size.height },
    locale: "zh-CN",
    baseURL: e2e.app.url,
    hasTouch: size.width < 1000,
  });
  if (signedIn) {
    const { secret } = await sessionFor(e2e.app.db, "admin");
    await context.addCookies([
      { name: SESSION_COOKIE, value: secret, url: e2e.app.url, httpOnly: true, sameSite: "Lax" },
    ]);
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return { page, errors };
}

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);

/**
 * Controls of the page (buttons, links, fields) that are shown but lie, even partly, outside the window
 * sideways — unreachable, since the page does not scroll sideways. Controls inside a box that scrolls
 * sideways (tables) are reachable by scrolling that box.
 */
async function offScreenControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>("#app button, #app a[href], #app input, #app select")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || !el.checkVisibility({ checkVisibilityCSS: true } as never)) continue;
      let scroller = el.parentElement;
      while (scroller && !/(auto|scroll)/.test(getComputedStyle(scroller).overflowX)) scroller = scroller.parentElement;
      if (scroller && scroller !== document.body && scroller !== document.documentElement) continue;
      if (r.left < -0.5 || r.right > innerWidth + 0.5)
        out.push(
          `${el.tagName} ${el.dataset.testid ?? el.textContent?.trim().slice(0, 20)} [${Math.round(r.left)}, ${Math.round(r.right)}]`,
        );
    }
    return out;
  });
}

/** The element at the centre of `selector`'s box is that element (or inside it): nothing covers it. */
async function clickable(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector<HTMLElement>(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.left < 0 || r.top < 0 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5)
      return false;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!hit && (hit === el || el.contains(hit));
  }, selector);
}

describe.each(SIZES)("at $width×$height ($name)", (size) => {
  it("no main page scrolls sideways, and every navigation control is reachable", async () => {
    const { page, errors } = await pageAt(size);
    for (const { path, ready } of PAGES) {
      await page.goto(path);
      await page.locator(ready).first().waitFor();
      expect({ path, overflow: await horizontalOverflow(page) }).toEqual({ path, overflow: 0 });
      expect({ path, offScreen: await offScreenControls(page) }).toEqual({ path, offScreen: [] });
      if (path.includes("chain:power-semi")) {
        const root = path.startsWith("/explore") ? "[data-testid=explore-panorama]" : "[data-testid=panorama]";
        const drawn = await drawnOverlaps(page, root);
        expect(drawn.count).toBeGreaterThan(20);
        expect({ path, overlaps: drawn.overlaps }).toEqual({ path, overlaps: [] });
        expect(drawn.right).toBeLessThanOrEqual(size.width);
      }
      expect(await clickable(page, "[data-testid=lang-toggle]")).toBe(true);
      expect(await clickable(page, "[data-testid=user-name]")).toBe(true);
      const toggle = page.getByTestId("nav-toggle");
      const folded = await toggle.isVisible();
      expect(folded).toBe(size.width < 960);
      if (folded) await toggle.click();
      for (const href of ["/explore", "/chains", "/problems", "/queries", "/data", "/admin"]) {
        expect({ path, href, ok: await clickable(page, `.topbar nav a[data-nav="${href}"]`) }).toEqual({
          path,
          href,
          ok: true,
        });
      }
      if (folded) await toggle.click();
      await e2e.screenshot(page, `responsive-${size.name}${path.replace(/[^a-z0-9]+/gi, "-")}`);
    }
    // the folded menu navigates
    if (size.width < 960) {
      await page.getByTestId("nav-toggle").click();
      await page.locator('.topbar nav a[data-nav="/problems"]').click();
      await page.waitForURL(/\/problems/);
      expect(await page.locator(".topbar nav").evaluate((nav) => nav.classList.contains("open"))).toBe(false);
    }
    expect(errors).toEqual([]);
  });

  it("sign-in stays reachable for a visitor", async () => {
    const { page } = await pageAt(size, false);
    await page.goto("/queries");
    await page.locator("[data-query]").first().waitFor();
    expect(await clickable(page, "[data-testid=login-button]")).toBe(true);
    await page.getByTestId("login-button").click();
    await page.getByTestId("login-dialog").waitFor();
  });
});

describe("explorer on a phone", () => {
  it("puts filters in a drawer and details in a bottom sheet over a full-width canvas; long press opens the node menu", async () => {
    const { page, errors } = await pageAt(SIZES[0]!);
    await page.goto("/explore?focus=ent:crrc-times-semi&depth=1");
    await settled(page);
    const canvas = await page.locator(".graph-canvas").boundingBox();
    expect(canvas!.width).toBe(390);
    // the drawer is closed until asked for, then lies over the canvas
    expect(await page.locator(".filters").isVisible()).toBe(false);
    await page.getByTestId("filters-toggle").click();
    await page.waitForFunction(() => {
      const r = document.querySelector(".filters")!.getBoundingClientRect();
      return r.left === 0 && r.width > 200;
    });
    expect(await clickable(page, "[data-key=chain]")).toBe(true);
    await page.getByTestId("filters-toggle").click();
    await page.waitForFunction(() => getComputedStyle(document.querySelector(".filters")!).visibility === "hidden");

    // a long press on the focus node selects it and opens its menu (the expand choices) in the bottom sheet
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>("[data-testid=graph]")?.dataset.stable !== undefined,
    );
    const at = await page.locator(".graph-canvas").getAttribute("data-focus-at");
    const [x, y] = at!.split(",").map(Number);
    const cdp = await page.context().newCDPSession(page);
    const point = { x: canvas!.x + x!, y: canvas!.y + y! };
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [point] });
    await page.getByTestId("details").locator(".expand-menu").waitFor();
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    expect(new URL(page.url()).searchParams.get("sel")).toBe("ent:crrc-times-semi");
    const sheet = await page.getByTestId("details").boundingBox();
    expect(sheet!.width).toBe(390);
    expect(Math.round(sheet!.y + sheet!.height)).toBe(844);
    expect(await horizontalOverflow(page)).toBe(0);
    await e2e.screenshot(page, "responsive-phone-explore-sheet");
    expect(errors).toEqual([]);
  });
});
