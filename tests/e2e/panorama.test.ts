import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startE2E, type E2E } from "./harness";
import { drawnOverlaps } from "./panorama-helpers";

// 产业链全景图 on /chains/:id, checked from what the browser drew: no two labels overlap for the largest
// seeded chain at 1440×900 (also with every "+N more" expanded), clicks lead to details and evidence, and
// PNG/SVG exports carry the legend and the source caption.

let e2e: E2E;
let largest: string;
beforeAll(async () => {
  e2e = await startE2E();
  const { body } = await e2e.app.get("/api/chains");
  let most = -1;
  for (const chain of body.chains as { id: string }[]) {
    const gaps = (await e2e.app.get(`/api/chains/${encodeURIComponent(chain.id)}/gaps`)).body;
    const orgs = gaps.segments.reduce(
      (n: number, s: { enterprises: string[]; research: string[]; evidence: { nonLocal: string[] } }) =>
        n + s.enterprises.length + s.research.length + s.evidence.nonLocal.length,
      0,
    );
    if (orgs > most) [most, largest] = [orgs, chain.id];
  }
});
afterAll(async () => {
  await e2e?.close();
});

describe("chain panorama", () => {
  it("draws the largest seeded chain at 1440×900 with no overlapping text, expanded or not", async () => {
    const page = await e2e.page();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`/chains/${largest}`);
    await page.getByTestId("panorama").locator("svg text[data-role=org]").first().waitFor();
    const drawn = await drawnOverlaps(page);
    expect(drawn.count).toBeGreaterThan(20);
    expect(drawn.overlaps).toEqual([]);
    expect(drawn.right).toBeLessThanOrEqual(1440);
    // bands in flow order, left to right
    const bands = await page.locator("[data-testid=panorama] text[data-role=band]").allTextContents();
    expect(bands.map((b) => b.replace(/\s*→$/, ""))).toEqual(["上游", "中游", "下游"]);
    await e2e.screenshot(page, "panorama-desktop");
    for (const more of await page.locator("[data-testid=panorama] text[data-more]").all()) {
      const before = await page.locator("[data-testid=panorama] text[data-role=org]").count();
      await more.click();
      await page.waitForFunction(
        (n) => document.querySelectorAll("[data-testid=panorama] text[data-role=org]").length > n,
        before,
      );
    }
    expect((await drawnOverlaps(page)).overlaps).toEqual([]);
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth - innerWidth)).toBe(0);
    expect(page.consoleErrors).toEqual([]);
  });

  it("marks non-local and research organisations and lists local ones first", async () => {
    const page = await e2e.page();
    await page.goto("/chains/chain:power-semi");
    const box = page.locator("[data-testid=panorama] text[data-role=org]");
    await box.first().waitFor();
    const sic = await page.locator("[data-testid=panorama] text[data-org='ent:sanan-hunan']").textContent();
    expect(sic).toContain("（外地）");
  });

  it("opens an organisation's details and a segment's evidence and remedies", async () => {
    const page = await e2e.page();
    await page.goto("/chains/chain:power-semi");
    const sub = "seg:power-semi:sic-substrate-epi";
    await page.locator(`[data-testid=panorama] g[data-segment='${sub}']`).waitFor();
    // the panorama is kept across a segment click (only the selection moves), so nothing shifts under the pointer
    await page.getByTestId("panorama").evaluate((el) => (el.dataset.probe = "kept"));
    await page.locator(`[data-testid=panorama] text[data-role=segment][data-segment='${sub}']`).first().click();
    await page.waitForURL(/segment=seg:power-semi:sic-substrate-epi/);
    const panel = page.getByTestId("segment-panel");
    await panel.waitFor();
    expect(await panel.getAttribute("data-segment")).toBe(sub);
    expect(await panel.textContent()).toContain("湖南三安");
    expect(await page.getByTestId("panorama").getAttribute("data-probe")).toBe("kept");
    await page.locator(`[data-testid=panorama] g[aria-current=true][data-segment='${sub}']`).waitFor();
    await page.locator("[data-testid=panorama] text[data-org='ent:crrc-times-semi']").first().click();
    await page.waitForURL(/\/explore\?focus=ent%3Acrrc-times-semi/);
    await page.getByTestId("details").waitFor();
    expect(await page.getByTestId("details").locator("h2").textContent()).toContain("时代半导体");
  });

  it("exports PNG and SVG with the legend and the source caption", async () => {
    const page = await e2e.page();
    await page.goto("/chains/chain:power-semi");
    await page.getByTestId("panorama").locator("svg").waitFor();
    const [svgDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("panorama-svg").click()]);
    const svg = fs.readFileSync((await svgDownload.path())!, "utf8");
    expect(svg).toMatch(/^<\?xml/);
    expect(svg).toContain("功率半导体产业链 · 产业链全景图");
    expect(svg).toContain("数据来源");
    for (const status of ["缺链", "弱链", "断链", "强链"]) expect(svg).toContain(status);
    expect(svg).toContain("湖南三安");
    const [pngDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("panorama-png").click()]);
    const png = fs.readFileSync((await pngDownload.path())!);
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");
    expect(png.readUInt32BE(16)).toBeGreaterThan(1000); // drawn at 2× the on-screen width
    expect(page.consoleErrors).toEqual([]);
  });
});
