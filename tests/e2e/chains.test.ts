import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startE2E, type E2E } from "./harness";

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

const CHIP_DESIGN = "seg:power-semi:chip-design";

describe("chain gap map in real Chromium", () => {
  it("opens the chain map, clicks a weak segment and sees its evidence", async () => {
    const page = await e2e.page();
    await page.goto("/chains");
    await page.getByTestId("heat-map").waitFor();
    expect(await page.locator(".topbar nav a[data-nav='/chains']").textContent()).toBe("产业链诊断");
    // every segment of the seed is on the map, coloured by its label
    expect(await page.getByTestId("seg-cell").count()).toBe(41);
    const weak = page.locator(`[data-testid=seg-cell][data-segment='${CHIP_DESIGN}']`);
    expect(await weak.getAttribute("data-status")).toBe("weak");
    await e2e.screenshot(page, "chains-overview");

    await weak.click();
    await page.waitForURL(/\/chains\/chain:power-semi\?segment=seg:power-semi:chip-design/);
    const panel = page.getByTestId("segment-panel");
    await panel.waitFor();
    expect(await panel.getAttribute("data-status")).toBe("weak");
    expect(await panel.getByTestId("reasons").textContent()).toContain("单一来源");
    const evidence = panel.getByTestId("evidence");
    expect(await evidence.textContent()).toContain("株洲中车时代半导体有限公司");
    expect(await evidence.textContent()).toContain("晶圆制造"); // its downstream neighbour
    expect(await panel.getByTestId("spof").textContent()).toContain("移除后变为缺链");
    expect(await panel.locator("a", { hasText: "在图谱中查看该环节" }).getAttribute("href")).toBe(
      `/explore?focus=${CHIP_DESIGN}&chain=chain:power-semi`,
    );
    expect(
      await page.locator(`[data-testid=flow-node][data-segment='${CHIP_DESIGN}']`).getAttribute("aria-pressed"),
    ).toBe("true");
    await e2e.screenshot(page, "chains-detail-weak-segment");

    // the panorama is the default view: the segment is outlined there; the flow chart is one click away
    await page.getByTestId("panorama").locator(`[data-segment='${CHIP_DESIGN}']`).first().waitFor();
    await page.getByTestId("view-flow").click();
    // another segment in place, then back in history
    await page.locator("[data-testid=flow-node][data-segment='seg:power-semi:applications']").click();
    await page.waitForFunction(
      () => document.querySelector("[data-testid=segment-panel]")?.getAttribute("data-status") === "broken",
    );
    expect(await page.getByTestId("evidence").textContent()).toContain("没有与相邻环节本地企业的供应或合作关系");
    await page.goBack();
    await page.waitForFunction(
      (id) => document.querySelector("[data-testid=segment-panel]")?.getAttribute("data-segment") === id,
      CHIP_DESIGN,
    );
    expect(page.consoleErrors).toEqual([]);
  });

  it("what-if: removing 中车时代半导体 shows which labels change, without writing", async () => {
    const page = await e2e.page();
    await page.goto("/chains/chain:power-semi");
    await page.getByTestId("whatif").waitFor();
    await page.getByTestId("whatif-remove-org").selectOption("ent:crrc-times-semi");
    await page.getByTestId("whatif-add-remove").click();
    await page.getByTestId("whatif-run").click();
    const result = page.getByTestId("whatif-result");
    await result.locator(`li[data-segment='${CHIP_DESIGN}']`).waitFor();
    expect(await result.locator("li").count()).toBe(4);
    expect(
      await page.locator(`[data-testid=flow-node][data-segment='${CHIP_DESIGN}']`).getAttribute("data-after"),
    ).toBe("missing");
    await e2e.screenshot(page, "chains-whatif");
    await page.reload();
    await page.getByTestId("whatif").waitFor();
    expect(
      await page.locator(`[data-testid=flow-node][data-segment='${CHIP_DESIGN}']`).getAttribute("data-status"),
    ).toBe("weak");

    // 补链: the 招商 target 湖南三安 settling in the missing SiC substrate segment would make it weak (single source).
    const SUBSTRATE = "seg:power-semi:sic-substrate-epi";
    await page.getByTestId("whatif-settle-org").selectOption("ent:sanan-hunan");
    await page.getByTestId("whatif-settle-segment").selectOption(SUBSTRATE);
    await page.getByTestId("whatif-add-settle").click();
    expect(await page.locator(".whatif .pending li").textContent()).toContain("在本地落地");
    await page.getByTestId("whatif-run").click();
    await page.getByTestId("whatif-result").locator(`li[data-segment='${SUBSTRATE}']`).waitFor();
    expect(await page.locator(`[data-testid=flow-node][data-segment='${SUBSTRATE}']`).getAttribute("data-after")).toBe(
      "weak",
    );
    expect(page.consoleErrors).toEqual([]);
  });

  it("shows the printable report with CSV export, segments requiring a technology, and two chains side by side", async () => {
    const page = await e2e.page();
    await page.goto("/chains/chain:carbide-materials/report");
    await page.getByTestId("report-table").waitFor();
    expect(await page.locator("[data-testid=report-table] tbody tr").count()).toBe(7);
    expect(await page.getByTestId("csv-link").getAttribute("href")).toBe(
      "/api/chains/chain%3Acarbide-materials/gaps.csv",
    );
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".topbar").isVisible()).toBe(false);
    await e2e.screenshot(page, "chains-report-print");
    await page.emulateMedia({ media: "screen" });

    await page.goto("/chains?tech=tech:sic");
    await page.getByTestId("tech-panel").waitFor();
    expect(await page.locator("[data-testid=tech-panel] li").count()).toBe(3);
    expect(await page.locator("[data-testid=seg-cell].dim").count()).toBe(41 - 3);

    await page.goto("/chains/compare?a=chain:power-semi&b=chain:rail&lang=en");
    await page.getByTestId("compare-col").first().waitFor();
    expect(await page.getByTestId("compare-col").count()).toBe(2);
    expect(await page.locator("h1").textContent()).toBe("Compare two chains");
    expect(await page.locator("[data-chain='chain:rail'] li[data-status='strong']").count()).toBe(5);
    await e2e.screenshot(page, "chains-compare-en");
    expect(page.consoleErrors).toEqual([]);
  });
});
