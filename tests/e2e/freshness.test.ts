import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startE2E, type E2E } from "./harness";

let e2e: E2E;
const TARGET = "ent:oke"; // tier A listing notice of 2020-12-10: stale under the default 3 years
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.app.db.writeTx((tx) => tx.raw("MATCH (n:Entity {id: $id}) REMOVE n.checks", { id: TARGET }));
  await e2e?.close();
});

describe("data freshness in real Chromium", () => {
  it("lists a stale fact, records an analyst's re-verification, and the explorer shows it without the stale flag", async () => {
    const page = await e2e.page({ as: "analyst" });
    await page.goto("/data/freshness");
    await page.getByTestId("fact-table").waitFor();
    expect(await page.getByTestId("fresh-totals").textContent()).toContain("可能已过时");
    await page.getByTestId("fresh-tier").selectOption("A");
    await page.locator("[data-testid=fact-table][data-filter='A|']").waitFor();
    await page.getByTestId("fresh-kind").selectOption("Enterprise");
    await page.locator("[data-testid=fact-table][data-filter='A|Enterprise']").waitFor();
    const row = page.locator(`[data-testid=fact-table] tr[data-id="${TARGET}"]`);
    await row.locator(".badge.stale").waitFor();
    await e2e.screenshot(page, "freshness-stale");

    await row.getByTestId("reverify").click();
    const form = page.getByTestId("reverify-form");
    await form.locator("input[name=url]").fill("http://stock.stockstar.com/notice/SN2020121000000269.shtml");
    await form.locator("input[name=note]").fill("端到端复核：公告仍可访问");
    await form.locator("button[type=submit]").click();
    await page.locator(`[data-testid=fact-table] tr[data-id="${TARGET}"] td`, { hasText: "test-analyst" }).waitFor();
    expect(await page.locator(`[data-testid=fact-table] tr[data-id="${TARGET}"] .badge.stale`).count()).toBe(0);
    await e2e.screenshot(page, "freshness-reverified");

    // The check is a new claim: the fact keeps its own date, and the explorer lists who checked it.
    await page.goto(`/explore?focus=${encodeURIComponent(TARGET)}&sel=${encodeURIComponent(TARGET)}`);
    const details = page.getByTestId("details");
    await details.getByTestId("check").first().waitFor();
    const provenance = details.locator(".provenance").first();
    expect(await provenance.textContent()).toContain("2020-12-10");
    expect(await provenance.textContent()).toContain("test-analyst");
    expect(await provenance.getByTestId("stale").count()).toBe(0);
    expect(page.consoleErrors).toEqual([]);
  });

  it("shows per-value citations, basis and 可能已过时 in the explorer's details", async () => {
    const page = await e2e.page();
    await page.goto(`/explore?focus=${encodeURIComponent("ent:crrc-zelc")}&sel=${encodeURIComponent("ent:crrc-zelc")}`);
    const details = page.getByTestId("details");
    const exports = details.locator("tr[data-prop=exports]");
    await exports.getByTestId("claim").first().waitFor();
    expect(await exports.getByTestId("claim").first().getAttribute("title")).toContain("2021-12-31");
    expect(await exports.locator("sup a").first().getAttribute("href")).toContain("easyfang.com");
    expect(await exports.getByTestId("stale").textContent()).toBe("可能已过时");
    expect(await details.locator(".provenance .badge.basis-stated").first().textContent()).toBe("来源明言");
    await e2e.screenshot(page, "explore-claims");
    expect(page.consoleErrors).toEqual([]);
  });
});
