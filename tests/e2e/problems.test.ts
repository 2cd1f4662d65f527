import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startE2E, type E2E } from "./harness";

let e2e: E2E;
const cleanup: string[] = [];
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  for (const path of cleanup.reverse()) await e2e?.app.send("DELETE", path);
  await e2e?.close();
});

const SEEDED = "prob:solid-na-interface";

describe("揭榜挂帅 in real Chromium", () => {
  it("lists the seeded problems, marked illustrative, and filters by chain", async () => {
    const page = await e2e.page();
    await page.goto("/problems");
    await page.locator("[data-problem]").first().waitFor();
    expect(await page.locator("[data-problem]").count()).toBeGreaterThanOrEqual(6);
    expect(await page.locator("[data-problem] .badge.illustrative").count()).toBe(
      await page.locator("[data-problem]").count(),
    );
    expect(await page.locator(".topbar nav a[data-nav='/problems']").textContent()).toBe("揭榜挂帅");
    await page
      .locator("select[data-filter=chain] option[value='chain:new-energy-battery']")
      .waitFor({ state: "attached" });
    await page.locator("select[data-filter=chain]").selectOption("chain:new-energy-battery");
    await page.waitForURL(/chain=chain%3Anew-energy-battery|chain=chain:new-energy-battery/);
    await page.waitForFunction(() => document.querySelectorAll("[data-problem]").length === 1);
    expect(await page.locator("[data-problem]").getAttribute("data-problem")).toBe(SEEDED);
    await e2e.screenshot(page, "problems-board");
    expect(page.consoleErrors).toEqual([]);
  });

  it("opens a seeded problem: illustrative note, candidates, an exact consortium; what-if and save it", async () => {
    const page = await e2e.page();
    await page.goto(`/problems/${SEEDED}`);
    await page.getByTestId("illustrative-note").waitFor();
    await page.getByTestId("candidate-table").locator("[data-candidate]").first().waitFor();
    expect(await page.getByTestId("candidate-table").locator("[data-candidate]").count()).toBeGreaterThan(1);
    const card = page.getByTestId("consortium-card").first();
    await card.waitFor();
    expect(await page.getByTestId("exactness").getAttribute("class")).toBe("ok");
    expect(await card.locator("[data-member]").count()).toBeGreaterThanOrEqual(2);
    expect(await card.locator(".role.lead").count()).toBe(1);
    expect(await card.locator("svg.consortium-graph .node").count()).toBeGreaterThan(3);
    expect(await page.getByTestId("objective").textContent()).toContain("最小生成树");
    await e2e.screenshot(page, "problem-detail");

    // What-if: dropping the only research member breaks the rule, and says so.
    await card.getByTestId("what-if").click();
    const panel = page.getByTestId("what-if-panel");
    await panel.locator(".coverage").waitFor();
    const researchId = await card
      .locator("[data-member]")
      .evaluateAll(
        (items) => items.find((li) => /高校|科研院所/.test(li.textContent ?? ""))?.getAttribute("data-member") ?? "",
      );
    expect(researchId).not.toBe("");
    await panel.locator(`[data-remove="${researchId}"]`).click();
    await page.getByTestId("what-if-violations").waitFor();
    expect(await page.getByTestId("what-if-violations").textContent()).toContain("没有高校或科研院所");
    await e2e.screenshot(page, "problem-what-if");

    // Save the first proposal; it appears under saved consortia and in the database.
    await card.getByTestId("save-consortium").click();
    await page.getByTestId("saved-consortia").locator("[data-consortium]").first().waitFor();
    const saved = await e2e.app.get(`/api/consortia?problem=${SEEDED}`);
    expect(saved.body.consortia).toHaveLength(1);
    cleanup.push(`/api/consortia/${saved.body.consortia[0].id}`);
    expect(saved.body.consortia[0].members.filter((m: { role: string }) => m.role === "lead")).toHaveLength(1);
    expect(saved.body.consortia[0].provenance).toMatchObject({ source: "app", file: "ui" });
    expect(page.consoleErrors).toEqual([]);
  });

  it("validates the problem form per field, then posts a problem", async () => {
    const page = await e2e.page();
    await page.goto("/problems/new");
    const form = page.getByTestId("problem-form");
    await form.waitFor();
    await page.getByTestId("save-problem").click();
    for (const field of ["name", "statement", "poster", "requires.0.tech", "budget", "deadline"]) {
      expect((await form.locator(`[data-error-for="${field}"]`).textContent())?.trim(), field).not.toBe("");
    }
    await e2e.screenshot(page, "problem-form-errors");
    await form.locator("input[name=name]").fill("端到端测试：SiC 模块可靠性");
    await form.locator("textarea[name=statement]").fill("端到端测试用榜单：验证表单、保存与详情页。");
    await form.locator("select[name=poster]").selectOption("ent:crrc-zic");
    await form.locator("select[name=tech]").first().selectOption("tech:sic");
    await form.locator("input[name=budget]").fill("300");
    await form.locator("input[name=deadline]").fill("2027-06-30");
    await page.getByTestId("save-problem").click();
    await page.waitForURL(/\/problems\/prob(:|%3A)u-/);
    const id = decodeURIComponent(new URL(page.url()).pathname.split("/")[2]!);
    cleanup.push(`/api/problems/${id}`);
    await page.getByTestId("consortium-card").first().waitFor();
    expect(await page.locator("h1").first().textContent()).toContain("端到端测试");
    expect(await page.getByTestId("illustrative-note").count()).toBe(0);

    // Recording the first consortium as formed (揭榜成功) marks the problem matched; closing it shows at once.
    const first = page.getByTestId("consortium-card").first();
    await first.getByLabel("保存状态").selectOption("formed");
    await first.getByTestId("save-consortium").click();
    await page.locator("h1 .badge.status-matched").waitFor();
    expect(await page.getByTestId("banner").textContent()).toContain("已匹配");
    const consortia = await e2e.app.get(`/api/consortia?problem=${encodeURIComponent(id)}`);
    expect(consortia.body.consortia.map((c: { status: string }) => c.status)).toEqual(["formed"]);
    cleanup.push(`/api/consortia/${encodeURIComponent(consortia.body.consortia[0].id)}`);
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByTestId("close-problem").click();
    await page.locator("h1 .badge.status-closed").waitFor();
    expect(await page.getByTestId("close-problem").count()).toBe(0);
    expect(page.consoleErrors).toEqual([]);
  });

  it("prints a match report and exports it as CSV", async () => {
    const page = await e2e.page();
    await page.goto(`/problems/${SEEDED}/report?lang=en`);
    await page.getByTestId("report").waitFor();
    await page.getByTestId("consortium-card").first().waitFor();
    expect(await page.locator(".no-print").first().isVisible()).toBe(true);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".topbar").isVisible()).toBe(false);
    expect(await page.locator(".report .no-print").first().isVisible()).toBe(false);
    await e2e.screenshot(page, "problem-report-print");
    await page.emulateMedia({ media: "screen" });
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-csv").click()]);
    const csv = fs.readFileSync((await download.path())!, "utf8");
    expect(csv).toContain(SEEDED);
    expect(csv.split("\r\n")[0]).toContain("section");
    expect(csv).toMatch(/\r\nconsortium,1,/);
    expect(page.consoleErrors).toEqual([]);
  });

  it("names sibling firms apart in the consortium mini-graphs, with the full name as tooltip", async () => {
    const page = await e2e.page();
    await page.goto("/problems/prob:rail-green-power-device");
    await page.locator("svg.consortium-graph text[data-label]").first().waitFor();
    const drawn = await page.evaluate(() =>
      [...document.querySelectorAll("svg.consortium-graph")].map((svg) =>
        [...svg.querySelectorAll("text[data-label]")].map((t) => ({
          id: t.getAttribute("data-label")!,
          text: [...t.querySelectorAll("tspan")].map((s) => s.textContent).join(""),
          title: t.parentElement!.querySelector("title")?.textContent ?? "",
          right: t.getBoundingClientRect().right,
          svgRight: svg.getBoundingClientRect().right + 0.5,
        })),
      ),
    );
    const all = drawn.flat();
    const label = (id: string) => all.find((l) => l.id === id);
    const electric = label("ent:crrc-times-electric");
    const semi = label("ent:crrc-times-semi");
    expect(electric && semi).toBeTruthy();
    expect(electric!.text).toContain("电气");
    expect(semi!.text).toContain("半导体");
    expect(electric!.text).not.toBe(semi!.text);
    expect(electric!.title).toBe("株洲中车时代电气股份有限公司");
    // within one graph, different nodes never read the same, and labels stay inside the picture
    for (const graph of drawn) {
      const texts = new Map<string, string>();
      for (const l of graph) texts.set(l.id, l.text);
      expect(new Set(texts.values()).size).toBe(texts.size);
      for (const l of graph) expect(l.right).toBeLessThanOrEqual(l.svgRight);
    }
    expect(page.consoleErrors).toEqual([]);
  });
});
