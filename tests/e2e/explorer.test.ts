import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startE2E, type E2E } from "./harness";
import { query, settled, settledAfter } from "./explorer-helpers";

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

describe("graph explorer in real Chromium", () => {
  it("searches 中车时代半导体, shows its provenance, expands, undoes, and back/forward step through the views", async () => {
    const page = await e2e.page();
    await page.goto("/explore");
    const overview = await settled(page);
    expect(overview.nodes).toBeGreaterThan(100);

    await page.getByTestId("search-input").fill("中车时代半导体");
    const hit = page.getByTestId("search-result").first();
    await hit.waitFor();
    expect(await hit.getAttribute("data-id")).toBe("ent:crrc-times-semi");
    await e2e.screenshot(page, "explore-search");
    const ego = await settledAfter(page, () => hit.click());
    expect(query(page).get("focus")).toBe("ent:crrc-times-semi");
    expect(ego.nodes).toBeLessThan(overview.nodes);

    const details = page.getByTestId("details");
    await details.getByText("株洲中车时代半导体有限公司").first().waitFor();
    const provenance = details.locator(".provenance[data-source=reply]").first();
    expect(await provenance.locator("blockquote").textContent()).toContain("IGCT");
    expect(await provenance.textContent()).toContain("2025");
    await e2e.screenshot(page, "explore-focus-details");

    // Expand a neighbour: the view grows and the URL records the expansion.
    await page.getByTestId("details").locator(".relations button.link", { hasText: "时代电气" }).first().click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get("sel") === "ent:crrc-times-electric");
    const expanded = await settledAfter(page, () => page.getByTestId("expand").click());
    expect(query(page).get("exp")).toBe("ent:crrc-times-electric");
    expect(expanded.nodes).toBeGreaterThan(ego.nodes);
    await e2e.screenshot(page, "explore-expanded");

    const undone = await settledAfter(page, () => page.getByTestId("undo").click());
    expect(undone.nodes).toBe(ego.nodes);
    expect(query(page).get("exp")).toBeNull();
    const redone = await settledAfter(page, () => page.getByTestId("redo").click());
    expect(redone.nodes).toBe(expanded.nodes);

    const back = await settledAfter(page, () => page.goBack());
    expect(back.nodes).toBe(ego.nodes);
    const forward = await settledAfter(page, () => page.goForward());
    expect(forward.nodes).toBe(expanded.nodes);

    // A reload keeps the undo steps (sessionStorage), not only the view (URL).
    await page.reload();
    const reloaded = await settled(page);
    expect(reloaded.nodes).toBe(expanded.nodes);
    expect(await page.getByTestId("undo").isEnabled()).toBe(true);
    const undoneAfterReload = await settledAfter(page, () => page.getByTestId("undo").click());
    expect(undoneAfterReload.nodes).toBe(ego.nodes);
    expect(query(page).get("exp")).toBeNull();
    expect(page.consoleErrors).toEqual([]);
  });

  it("filters by chain, lays the chain out as columns upstream → downstream, and exports a PNG", async () => {
    const page = await e2e.page();
    await page.goto("/explore");
    await settled(page);
    const chain = await settledAfter(page, () =>
      page.locator("select[data-key=chain]").selectOption("chain:power-semi"),
    );
    expect(query(page).get("chain")).toBe("chain:power-semi");
    const api = await (await fetch(`${e2e.app.url}/api/graph?chain=chain:power-semi&limit=2000`)).json();
    expect(chain.nodes).toBe(api.nodes.length);

    const columns = await settledAfter(page, () => page.getByTestId("layout-chain").click());
    expect(columns.layout).toBe("chain");
    const segments = api.nodes
      .filter((n: { kind: string }) => n.kind === "Segment")
      .sort((a: { props: { order: number } }, b: { props: { order: number } }) => a.props.order - b.props.order);
    const listed = await page
      .locator("[data-testid=chain-columns] li[data-segment]")
      .evaluateAll((items) => items.map((li) => li.getAttribute("data-segment")));
    expect(listed).toEqual(segments.map((s: { id: string }) => s.id));
    const stages = await page
      .locator("[data-testid=chain-columns] li[data-segment]")
      .evaluateAll((items) => items.map((li) => li.getAttribute("data-stage")));
    expect(stages.indexOf("DOWN")).toBeGreaterThan(stages.lastIndexOf("UP"));
    const chipColumn = await page
      .locator("[data-testid=chain-columns] li[data-segment='seg:power-semi:chip-design']")
      .textContent();
    expect(chipColumn).toContain("株洲中车时代半导体有限公司");
    await e2e.screenshot(page, "explore-chain-layout");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-png").click()]);
    expect(download.suggestedFilename()).toMatch(/^chainatlas-.*\.png$/);
    const file = await download.path();
    const bytes = fs.readFileSync(file!);
    expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    expect(bytes.length).toBeGreaterThan(20_000);
    expect(page.consoleErrors).toEqual([]);
  });

  it("restores the same view from a copied URL, in English too", async () => {
    const page = await e2e.page();
    await page.goto("/explore?focus=ent:crrc-times-semi&depth=2");
    await settled(page);
    await page.locator("input[data-key='kind-Policy']").uncheck();
    await settled(page);
    await page.locator("input[data-key='src-illustrative']").uncheck();
    await settled(page);
    await page.getByTestId("lang-toggle").click();
    await page.getByText("Node kinds").waitFor();
    const before = await settled(page);
    const url = page.url();
    expect(url).toContain("lang=en");
    await page.locator("[data-testid=table-view]").click();
    await page.locator(".tr").first().waitFor();
    const firstRow = await page.locator(".tr .col-name").first().textContent();

    const other = await e2e.page();
    await other.goto(url.replace(e2e.app.url, ""));
    const after = await settled(other);
    expect(after).toEqual(before);
    expect(await other.locator("input[data-key='kind-Policy']").isChecked()).toBe(false);
    expect(await other.locator("input[data-key='src-illustrative']").isChecked()).toBe(false);
    expect(await other.locator(".filters summary").first().textContent()).toBe("Scope");
    await other.goto(page.url().replace(e2e.app.url, ""));
    await other.locator(".tr").first().waitFor();
    expect(await other.locator(".tr .col-name").first().textContent()).toBe(firstRow);
    await e2e.screenshot(other, "explore-restored-en");
    expect(page.consoleErrors).toEqual([]);
    expect(other.consoleErrors).toEqual([]);
  });

  it("pins and unpins from the details panel, hides a node and shows it again", async () => {
    const page = await e2e.page();
    await page.goto("/explore?focus=ent:crrc-times-semi&sel=ent:crrc-times-electric");
    const before = await settled(page);
    await page.getByTestId("pin-node").click();
    await page.waitForFunction(() =>
      /^ent:crrc-times-electric~-?\d+~-?\d+$/.test(new URL(location.href).searchParams.get("pin") ?? ""),
    );
    await page.getByTestId("pin-node").click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has("pin"));
    const hidden = await settledAfter(page, () => page.getByTestId("hide-node").click());
    expect(hidden.nodes).toBe(before.nodes - 1);
    expect(query(page).get("hide")).toBe("ent:crrc-times-electric");
    const shown = await settledAfter(page, () => page.locator("[data-key=show-hidden]").click());
    expect(shown.nodes).toBe(before.nodes);
    expect(page.consoleErrors).toEqual([]);
  });

  it("shows a sortable table with keyboard navigation", async () => {
    const page = await e2e.page();
    await page.goto("/explore?chain=chain:rail");
    await settled(page);
    await page.getByTestId("table-view").click();
    await page.locator(".tr").first().waitFor();
    await page.locator(".th.col-degree").click();
    const degrees = await page
      .locator(".tr .td.col-degree")
      .evaluateAll((cells) => cells.slice(0, 10).map((c) => Number(c.textContent)));
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
    await page.locator(".th.col-degree").click();
    const ascending = await page
      .locator(".tr .td.col-degree")
      .evaluateAll((cells) => cells.slice(0, 10).map((c) => Number(c.textContent)));
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await page.locator(".tscroll").focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const third = await page.locator(".tr[data-row='2'] .col-name").textContent();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => new URL(location.href).searchParams.has("sel"));
    await page.getByTestId("details").locator("h2").filter({ hasText: third!.trim() }).waitFor();
    await e2e.screenshot(page, "explore-table");
    expect(page.consoleErrors).toEqual([]);
  });
});
