import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startE2E, type E2E } from "./harness";
import { query, settled, settledAfter, unexpectedErrors } from "./explorer-helpers";

const XSS_ID = "ent:e2e-xss-probe";
const XSS_NAME = "<img src=x onerror=alert(1)>";

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
  // A node whose name is HTML, linked to a seeded node so it appears in neighbourhoods and search.
  await e2e.app.db.writeTx((tx) =>
    tx.raw(
      `MATCH (t:Entity {id: 'tech:igbt'})
     CREATE (n:Entity:Org:Enterprise {id: $id, kind: 'Enterprise', name: $name, nameEn: $name, local: true, source: 'import', file: 'e2e', asOf: '2026-01-01'})
     CREATE (n)-[:HAS_CAPABILITY {id: 'HAS_CAPABILITY:' + $id + '->tech:igbt', level: 1, source: 'import', file: 'e2e', asOf: '2026-01-01'}]->(t)`,
      { id: XSS_ID, name: XSS_NAME },
    ),
  );
});
afterAll(async () => {
  await e2e?.app.db.writeTx((tx) => tx.raw("MATCH (n:Entity {id: $id}) DETACH DELETE n", { id: XSS_ID }));
  await e2e?.close();
});

describe("explorer: bad input and failure", () => {
  it("renders a name containing HTML as text, never as markup", async () => {
    const page = await e2e.page();
    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.goto(`/explore?focus=${XSS_ID}&sel=${XSS_ID}`);
    await settled(page);
    const title = page.getByTestId("details").locator("h2");
    await title.waitFor();
    expect(await title.textContent()).toBe(XSS_NAME);
    expect(await page.locator("img").count()).toBe(0);
    await page.getByTestId("search-input").fill("onerror");
    const hit = page.locator(`[data-testid=search-result][data-id='${XSS_ID}']`);
    await hit.waitFor();
    expect(await hit.locator(".hit-name").textContent()).toBe(XSS_NAME);
    await page.getByTestId("table-view").click();
    await page.locator(".tr").first().waitFor();
    expect(await page.locator(".tr .col-name", { hasText: "onerror" }).first().textContent()).toBe(XSS_NAME);
    expect(await page.locator("img").count()).toBe(0);
    await e2e.screenshot(page, "explore-xss");
    expect(dialogs).toBe(0);
    expect(page.consoleErrors).toEqual([]);
  });

  it("says clearly when the URL names a node that does not exist", async () => {
    const page = await e2e.page();
    await page.goto("/explore?focus=ent:no-such-node");
    const message = page.getByTestId("graph-message");
    await message.waitFor();
    expect(await message.textContent()).toContain("ent:no-such-node");
    await e2e.screenshot(page, "explore-unknown-id");
    const overview = await settledAfter(page, () => page.getByTestId("back-to-overview").click());
    expect(overview.nodes).toBeGreaterThan(100);
    expect(query(page).get("focus")).toBeNull();
    expect(unexpectedErrors(page.consoleErrors)).toEqual([]);
  });

  it("shows a helpful empty state and a way out", async () => {
    const page = await e2e.page();
    await page.goto("/explore?kinds=Consortium");
    const empty = await settled(page);
    expect(empty.nodes).toBe(0);
    await page.getByTestId("graph-message").getByText("没有符合条件的节点").waitFor();
    await e2e.screenshot(page, "explore-empty");
    const reset = await settledAfter(page, () => page.getByTestId("reset-filters").click());
    expect(reset.nodes).toBeGreaterThan(100);
    expect(page.consoleErrors).toEqual([]);
  });

  it("keeps the current view and offers a retry when the API fails", async () => {
    const page = await e2e.page();
    await page.goto("/explore?focus=ent:crrc-times-semi&sel=ent:crrc-times-electric");
    const before = await settled(page);
    await page.getByTestId("details").locator("h2").waitFor();
    let fail = true;
    await page.route("**/api/nodes/*/neighbors*", (route) =>
      fail
        ? route.fulfill({
            status: 503,
            contentType: "application/json",
            body: JSON.stringify({ error: { code: "DB_UNAVAILABLE", message: "down" } }),
          })
        : route.continue(),
    );
    await page.getByTestId("expand").click();
    const banner = page.getByTestId("banner");
    await banner.getByTestId("banner-retry").waitFor();
    expect(await banner.textContent()).toContain("图数据库暂时不可用");
    const kept = await settled(page);
    expect(kept.nodes).toBe(before.nodes);
    await e2e.screenshot(page, "explore-api-error");
    fail = false;
    await page.getByTestId("banner-retry").click();
    await page.waitForFunction(
      (n) => Number(document.querySelector<HTMLElement>("[data-testid=graph]")?.dataset.nodeCount) > n,
      before.nodes,
    );
    expect(query(page).get("exp")).toBe("ent:crrc-times-electric");
    expect(unexpectedErrors(page.consoleErrors)).toEqual([]);
  });
});
