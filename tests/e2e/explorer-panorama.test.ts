import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startE2E, type E2E } from "./harness";
import { query, settled } from "./explorer-helpers";
import { drawnOverlaps } from "./panorama-helpers";

// The explorer's 全景 layout (docs/screens.md): switching to it draws the chain panorama of the chains in
// view — bands and segment boxes, no two drawn labels overlapping — at desktop and phone sizes; the URL
// keeps the layout; an organisation click selects it, and a view without chain segments offers the chains.

const SIZES = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
];
const STAGE = "[data-testid=explore-panorama]";

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

describe("explorer panorama layout", () => {
  for (const size of SIZES)
    it(`draws the chosen chain's panorama at ${size.width}×${size.height} with no overlapping labels`, async () => {
      const page = await e2e.page();
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto("/explore?chain=chain:power-semi");
      await settled(page);
      await page.getByTestId("layout-panorama").click();
      await page.locator(`${STAGE} svg text[data-role=org]`).first().waitFor();
      expect(query(page).get("layout")).toBe("panorama");
      expect(await page.getByTestId("layout-panorama").getAttribute("aria-pressed")).toBe("true");
      // the canvas gives way to the panorama
      expect(await page.getByTestId("graph").isHidden()).toBe(true);
      expect(await page.locator(STAGE).getAttribute("data-chains")).toBe("chain:power-semi");
      const bands = await page.locator(`${STAGE} text[data-role=band]`).allTextContents();
      expect(bands.map((b) => b.replace(/\s*→$/, ""))).toEqual(["上游", "中游", "下游"]);
      const segments = await e2e.app.get("/api/chains/chain:power-semi/gaps");
      expect(await page.locator(`${STAGE} g[data-segment]`).count()).toBe(segments.body.segments.length);
      const drawn = await drawnOverlaps(page, STAGE);
      expect(drawn.count).toBeGreaterThan(20);
      expect(drawn.overlaps).toEqual([]);
      expect(drawn.right).toBeLessThanOrEqual(size.width);
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth - innerWidth)).toBe(0);
      await e2e.screenshot(page, `explore-panorama-${size.name}`);

      // the layout survives a reload (it is in the URL)
      await page.reload();
      await page.locator(`${STAGE} svg text[data-role=org]`).first().waitFor();
      expect((await settled(page)).layout).toBe("panorama");
      expect(page.consoleErrors).toEqual([]);
    });

  it("draws every chain whose segments are in view, selects an organisation on click, and goes back", async () => {
    const page = await e2e.page();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto("/explore?layout=panorama");
    await settled(page);
    await page.locator(`${STAGE} svg text[data-role=org]`).first().waitFor();
    const chains = (await page.locator(STAGE).getAttribute("data-chains"))!.split(",");
    const segmentsInView = await page.evaluate(() => document.querySelectorAll(".panorama-chain").length);
    expect(chains.length).toBeGreaterThan(1);
    expect(segmentsInView).toBe(chains.length);
    expect((await drawnOverlaps(page, STAGE)).overlaps).toEqual([]);

    const org = page.locator(`${STAGE} text[data-org='ent:crrc-times-semi']`).first();
    await org.scrollIntoViewIfNeeded();
    await org.click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get("sel") === "ent:crrc-times-semi");
    await page.getByTestId("details").waitFor();
    expect(await page.getByTestId("details").locator("h2").textContent()).toContain("时代半导体");

    await page.getByTestId("layout-force").click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has("layout"));
    expect(await page.getByTestId("graph").isVisible()).toBe(true);
    expect(await page.locator(STAGE).isHidden()).toBe(true);
    // L cycles the layouts: network → chain → panorama
    for (const next of ["chain", "panorama"]) {
      await page.keyboard.press("l");
      await page.waitForFunction((l) => new URL(location.href).searchParams.get("layout") === l, next);
    }
    await page.locator(`${STAGE} svg text[data-role=org]`).first().waitFor();
    expect(page.consoleErrors).toEqual([]);
  });

  it("offers the chains when the view has no chain segments", async () => {
    const page = await e2e.page();
    await page.goto("/explore?layout=panorama&kinds=Enterprise");
    await settled(page);
    const empty = page.getByTestId("panorama-empty");
    await empty.waitFor();
    await empty.locator("button[data-chain='chain:rail']").click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get("chain") === "chain:rail");
    await page.locator(`${STAGE} svg text[data-role=org]`).first().waitFor();
    expect(await page.locator(STAGE).getAttribute("data-chains")).toBe("chain:rail");
    expect(page.consoleErrors).toEqual([]);
  });
});
