import fs from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KIND_STYLE } from "../../client/lib/kind-style";
import { settled } from "./explorer-helpers";
import { startE2E, type E2E } from "./harness";

// Planner-facing fixes of issue 14: typed path endpoints with a readable route, compare asks for the
// second chain, overdue problems marked and listed last, the chain and match reports as Word files with
// their pictures (the panorama, the consortium graphs).

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});
const today = new Date().toISOString().slice(0, 10);

/** A downloaded Word file opened as Word would: its document, footnotes and the PNG pictures it embeds. */
function openDocx(file: string) {
  const files = unzipSync(new Uint8Array(fs.readFileSync(file)));
  const xml = strFromU8(files["word/document.xml"]!);
  const rels = strFromU8(files["word/_rels/document.xml.rels"]!);
  const media = Object.keys(files).filter((f) => /^word\/media\/.+\.png$/.test(f));
  const embedded = [...xml.matchAll(/r:embed="([^"]+)"/g)].map(
    (m) => `word/${new RegExp(`Id="${m[1]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? "?"}`,
  );
  // a PNG's signature and its pixel size (IHDR)
  const png = (name: string) => {
    const bytes = Buffer.from(files[name]!);
    return {
      signature: bytes.subarray(1, 4).toString(),
      width: bytes.readUInt32BE(16),
      height: bytes.readUInt32BE(20),
    };
  };
  return { files, xml, media, embedded, png };
}

describe("planner's tools", () => {
  it("types both path endpoints with suggestions and lists the route step by step", async () => {
    const page = await e2e.page();
    await page.goto("/explore?focus=ent:crrc-times-semi&depth=1");
    await settled(page);
    await page.getByTestId("path-toggle").click();
    for (const [which, query, id] of [
      ["from", "时代半导体", "ent:crrc-times-semi"],
      ["to", "时代电气", "ent:crrc-times-electric"],
    ] as const) {
      await page.getByTestId(`path-${which}-input`).fill(query);
      await page.locator(`#path-${which}-list [data-id='${id}']`).click();
    }
    const routes = page.getByTestId("path-routes");
    await routes.waitFor();
    const first = await routes.locator("li").first().textContent();
    expect(first).toMatch(/^株洲中车时代半导体有限公司 [→←].+[→←] .*株洲中车时代电气股份有限公司$/);
    expect(first).not.toMatch(/[A-Z]{3,}_/); // relationship types in words, not keys
    expect(new URL(page.url()).searchParams.get("path")).toContain("ent:crrc-times-electric");
  });

  it("exports the whole graph by default, with title, legend and a caption whose counts match what is drawn", async () => {
    const page = await e2e.page();
    await page.goto("/explore?focus=ent:crrc-times-semi&depth=2");
    const shown = await settled(page);
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>("[data-testid=graph]")?.dataset.stable !== undefined,
    );
    const before = await page.locator(".graph-canvas").getAttribute("data-focus-at");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-svg").click()]);
    const svg = fs.readFileSync((await download.path())!, "utf8");
    expect((svg.match(/data-node="/g) ?? []).length).toBe(shown.nodes);
    expect(svg).toContain(`${shown.nodes} 个节点`);
    expect(svg).toContain("链图 · 株洲产业创新链图谱");
    expect(svg).toMatch(/data-role="legend".*企业/);
    expect(svg).toMatch(/数据来源：.*(答复原文|公开资料)/);
    // "what is on screen" draws (and counts) fewer after zooming in
    for (let i = 0; i < 3; i++) await page.locator(".zoom-bar button").first().click();
    await page.waitForFunction(
      (at) => document.querySelector(".graph-canvas")?.getAttribute("data-focus-at") !== at,
      before,
    );
    // zoomBy animates: wait until the view has stopped moving (the focus has kept its place for 300 ms)
    await page.waitForFunction(
      () => {
        const w = window as unknown as { lastAt?: string | null; since?: number };
        const at = document.querySelector(".graph-canvas")?.getAttribute("data-focus-at") ?? null;
        if (w.lastAt !== at) {
          w.lastAt = at;
          w.since = performance.now();
          return false;
        }
        return performance.now() - (w.since ?? 0) > 300;
      },
      undefined,
      { polling: 50 },
    );
    await page.getByTestId("export-scope").selectOption("screen");
    const [onScreen] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-svg").click()]);
    const part = fs.readFileSync((await onScreen.path())!, "utf8");
    const drawn = (part.match(/data-node="/g) ?? []).length;
    expect(drawn).toBeLessThan(shown.nodes);
    expect(part).toContain(`${drawn} 个节点`);
  });

  it("exports the whole graph as a PNG at 2× with the title above and the legend of the kinds drawn below", async () => {
    const page = await e2e.page();
    await page.goto("/explore?focus=ent:crrc-times-semi&depth=2");
    await settled(page);
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>("[data-testid=graph]")?.dataset.stable !== undefined,
    );
    const canvas = (await page.locator(".graph-canvas").boundingBox())!;
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-png").click()]);
    const bytes = fs.readFileSync((await download.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
    expect(width).toBe(Math.round(canvas.width) * 2);
    expect(height).toBe((Math.round(canvas.height) + 34 + 56) * 2); // title strip + drawing + legend strip
    // read the picture back in the browser: the legend row has the kind colours (enterprise, technology)
    const colours = await page.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const c = document.createElement("canvas");
      [c.width, c.height] = [image.width, image.height];
      const ctx = c.getContext("2d")!;
      ctx.drawImage(image, 0, 0);
      const hex = (y: number) => {
        const px = ctx.getImageData(0, y, c.width, 1).data;
        const out = new Set<string>();
        for (let i = 0; i < px.length; i += 4)
          out.add(`#${[px[i]!, px[i + 1]!, px[i + 2]!].map((v) => v.toString(16).padStart(2, "0")).join("")}`);
        return [...out];
      };
      return { legend: hex(c.height - 56 * 2 + 15 * 2), title: hex(17 * 2) };
    }, bytes.toString("base64"));
    expect(colours.legend).toEqual(expect.arrayContaining([KIND_STYLE.Enterprise.color, KIND_STYLE.Technology.color]));
    // the title: dark text on the white strip
    expect(colours.title.some((c) => [1, 3, 5].every((i) => parseInt(c.slice(i, i + 2), 16) < 0x50))).toBe(true);
    expect(page.consoleErrors).toEqual([]);
  });

  it("asks for the second chain before comparing", async () => {
    const page = await e2e.page();
    await page.goto("/chains/chain:power-semi");
    await page.getByText("与其他产业链对比").click();
    await page.getByTestId("compare-ask").waitFor();
    expect(await page.getByTestId("compare-col").count()).toBe(0);
    expect(await page.getByTestId("compare-go").isDisabled()).toBe(true);
    await page.getByTestId("compare-b").selectOption("chain:rail");
    await page.getByTestId("compare-go").click();
    await page.waitForURL(/b=chain(%3A|:)rail/);
    await page.getByTestId("compare-col").nth(1).waitFor();
    expect(await page.getByTestId("compare-col").count()).toBe(2);
  });

  it("marks open problems past their deadline as 已逾期 and lists them last", async () => {
    const { body } = await e2e.app.get("/api/problems?status=open");
    const overdue = body.problems
      .filter((p: { deadline: string }) => p.deadline < today)
      .map((p: { id: string }) => p.id);
    expect(overdue.length).toBeGreaterThan(0); // the seed has deadlines in 2026 (illustrative)
    const page = await e2e.page();
    await page.goto("/problems");
    await page.locator("[data-problem]").first().waitFor();
    const rows = await page.locator("[data-problem]").evaluateAll((trs) =>
      trs.map((tr) => ({
        id: tr.getAttribute("data-problem"),
        overdue: !!tr.querySelector("[data-testid=overdue]"),
      })),
    );
    expect(
      rows
        .filter((r) => r.overdue)
        .map((r) => r.id)
        .sort(),
    ).toEqual([...overdue].sort());
    const firstOverdue = rows.findIndex((r) => r.overdue);
    expect(rows.slice(firstOverdue).every((r) => r.overdue)).toBe(true);
    expect(await page.getByTestId("overdue").first().textContent()).toBe("已逾期");
  });

  it("downloads the chain gap report as a Word file with its headings and one row per segment", async () => {
    const page = await e2e.page();
    await page.goto("/chains/chain:power-semi/report");
    await page.getByTestId("report-table").waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("docx-download").click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const { files, xml, media, embedded, png } = openDocx((await download.path())!);
    expect(xml).toContain("功率半导体产业链 诊断报告");
    // the panorama, rasterised in the browser at 2×, is a picture in the file and the document shows it
    expect(media).toHaveLength(1);
    expect(embedded).toEqual(media);
    expect(png(media[0]!)).toMatchObject({ signature: "PNG", width: 1920 });
    expect(png(media[0]!).height).toBeGreaterThan(400);
    expect(xml).toContain("图 1　功率半导体产业链全景图");
    expect(xml).toContain("一、各环节诊断");
    expect(xml).toContain("SiC 衬底与外延");
    expect(xml).toContain("湖南三安");
    const rows = (xml.match(/<w:tr[ >]/g) ?? []).length;
    expect(rows).toBeGreaterThanOrEqual(1 + 7); // header + the chain's 7 segments (+ holders)
    expect(strFromU8(files["word/footnotes.xml"]!)).toMatch(/答复原文|公开资料/);
    expect(page.consoleErrors).toEqual([]);
  });

  it("downloads the match report as a Word file with each recommended consortium's graph as a picture", async () => {
    const page = await e2e.page();
    await page.goto("/problems/prob:rail-green-power-device/report");
    await page.getByTestId("consortium-card").first().waitFor();
    const cards = await page.getByTestId("consortium-card").count();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("docx-download").click()]);
    const { xml, media, embedded, png } = openDocx((await download.path())!);
    for (const heading of ["一、榜单", "二、推荐的创新联合体", "三、已保存的联合体", "四、候选单位排名"])
      expect(xml).toContain(heading);
    expect(cards).toBeGreaterThan(0);
    expect(media).toHaveLength(cards);
    expect([...embedded].sort()).toEqual([...media].sort());
    for (const file of media) expect(png(file)).toMatchObject({ signature: "PNG", width: 1040, height: 520 });
    expect(xml).toContain("推荐联合体 1：成员、合作路径与所需技术");
    expect((xml.match(/<w:tr[ >]/g) ?? []).length).toBeGreaterThan(5 + cards);
    expect(page.consoleErrors).toEqual([]);
  });
});
