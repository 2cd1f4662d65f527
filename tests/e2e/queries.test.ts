import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startE2E, type E2E } from "./harness";

let e2e: E2E;
const created: string[] = [];
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  for (const id of created) await e2e.app.send("DELETE", `/api/queries/${id}`);
  await e2e?.close();
});

describe("query library in real Chromium", () => {
  it("finds a query, runs it with a picked organisation, shows a table and a graph, and shares the run by URL", async () => {
    const page = await e2e.page();
    await page.goto("/queries");
    await page.getByTestId("query-search").fill("合作伙伴");
    await page.locator("[data-query='collaboration-partners']").click();
    await page.waitForURL(/\/queries\/collaboration-partners/);
    await page.getByTestId("result-graph").waitFor();
    await e2e.screenshot(page, "queries-graph");

    const picker = page.locator("input[data-param='org']");
    await picker.fill("中南大学");
    await page.locator(".picker-menu li[data-id='uni:csu']").click();
    await Promise.all([
      page.waitForResponse((r) => r.url().includes("/run") && r.status() === 200),
      page.getByTestId("run").click(),
    ]);
    expect(page.url()).toContain("org=uni%3Acsu");
    await page.locator("[data-view='table']").click();
    const table = page.getByTestId("result-table");
    await table.waitFor();
    await page.waitForFunction(
      () => document.querySelector("[data-testid=result-table] tbody td a")?.textContent === "中南大学",
    );
    expect(await table.locator("tbody tr").count()).toBeGreaterThan(2);
    await table.locator("th", { hasText: "年份" }).click(); // the query declares its column titles (zh)
    await e2e.screenshot(page, "queries-table");

    // The shared URL reproduces the run.
    const shared = new URL(page.url());
    const again = await e2e.page();
    await again.goto(`${shared.pathname}${shared.search}`);
    await again.getByTestId("result-graph").waitFor();
    expect(await again.locator("input[data-param='org']").inputValue()).toBe("中南大学");
    expect(await again.getByTestId("open-explorer").getAttribute("href")).toContain("uni%3Acsu");
    expect(page.consoleErrors).toEqual([]);
    expect(again.consoleErrors).toEqual([]);
  });

  it("cascades the segment picker from the chain, and draws a bar chart", async () => {
    const page = await e2e.page();
    await page.goto("/queries/segment-orgs?chain=chain:rail&segment=seg:rail:vehicles");
    await page.getByTestId("result-table").waitFor();
    await page.locator("input[data-param='segment']").click();
    await page.locator(".picker-menu li").first().waitFor();
    const ids = await page
      .locator(".picker-menu li[data-id]")
      .evaluateAll((items) => items.map((li) => li.getAttribute("data-id")));
    expect(ids.length).toBe(5);
    expect(ids.every((id) => id?.startsWith("seg:rail:"))).toBe(true);
    await page.goto("/queries/chain-segments");
    await page.getByTestId("bar-chart").locator("rect").first().waitFor();
    expect(await page.getByTestId("bar-chart").locator("rect").count()).toBe(7);
    await e2e.screenshot(page, "queries-bar");
    expect(page.consoleErrors).toEqual([]);
  });

  it("refuses a write in the editor, then saves an edited query with its history", async () => {
    const page = await e2e.page();
    await page.goto("/queries/editor?from=orgs-with-tech");
    const editor = page.locator(".cm-content");
    await editor.waitFor();
    await editor.click();
    await page.keyboard.press("Control+a");
    await page.keyboard.insertText("MATCH (n:Entity) DETACH DELETE n");
    await page.keyboard.press("Control+Enter");
    await page.locator(".run-status.error", { hasText: "只能运行只读查询" }).waitFor();

    await editor.click();
    await page.keyboard.press("Control+a");
    await page.keyboard.insertText(
      "MATCH (o:Org)-[:HAS_CAPABILITY]->(t:Technology {id: $tech})\nRETURN o.name AS name, o.local AS local",
    );
    await page.locator("input[data-param='tech']").fill("tech:igbt");
    await page.getByTestId("editor-run").click();
    await page.getByTestId("result-table").waitFor();
    await page.getByTestId("save-title").fill("IGBT 单位（e2e）");
    await page.getByTestId("save-note").fill("first");
    await page.getByTestId("save").click();
    await page.getByTestId("save-status").filter({ hasText: "第 1 版" }).waitFor();
    const id = new URL(page.url()).searchParams.get("id")!;
    created.push(id);
    expect(id).toMatch(/^u-/);

    await editor.click();
    await page.keyboard.press("Control+End");
    await page.keyboard.insertText("\nORDER BY name");
    await page.getByTestId("save-note").fill("sorted");
    await page.getByTestId("save").click();
    await page.getByTestId("save-status").filter({ hasText: "第 2 版" }).waitFor();
    await page.locator("[data-version='1'] button", { hasText: "与当前比较" }).click();
    await page.getByTestId("version-diff").locator(".add", { hasText: "ORDER BY name" }).waitFor();
    await e2e.screenshot(page, "queries-editor");

    const stored = await e2e.app.get(`/api/queries/${id}/versions`);
    expect(stored.body.versions.map((v: { n: number; note: string }) => [v.n, v.note])).toEqual([
      [2, "sorted"],
      [1, "first"],
    ]);
    const current = await e2e.app.get(`/api/queries/${id}`);
    expect(current.body.text).toContain("ORDER BY name");
    expect(current.body.params[0]).toMatchObject({ name: "tech", type: "techId", default: "tech:igbt" });
    const count = await e2e.app.db.readTx((tx) => tx.raw("MATCH (n:Entity) RETURN count(n) AS c"));
    expect(count.records[0]!.get("c")).toBeGreaterThan(300);
    expect(page.consoleErrors.filter((e) => !e.includes("403"))).toEqual([]);
  });
});
