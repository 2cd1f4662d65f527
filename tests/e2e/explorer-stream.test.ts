import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startE2E, type E2E } from "./harness";
import { settled } from "./explorer-helpers";

// A large view (a chain's) comes as NDJSON (docs/scale.md, "Stream"): the explorer draws the nodes received
// so far, with a running count, before the links arrive; the finished view is the same as the JSON answer's.

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

interface Seen {
  streamed: string | null;
  nodeCount: string | null;
  loading: string | null;
  status: string;
}

describe("explorer streaming", () => {
  it("draws a chain's nodes as they stream in, then the whole view", async () => {
    const page = await e2e.page();
    // Every change of the streamed count, with what the graph showed at that moment.
    await page.addInitScript(() => {
      const seen: Seen[] = [];
      (window as unknown as { seen: Seen[] }).seen = seen;
      new MutationObserver((records) => {
        for (const r of records) {
          const el = r.target as HTMLElement;
          if (!el.dataset.streamed) continue;
          seen.push({
            streamed: el.dataset.streamed ?? null,
            nodeCount: el.dataset.nodeCount ?? null,
            loading: el.dataset.loading ?? null,
            status: el.querySelector(".status")?.textContent ?? "",
          });
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-streamed"] });
    });
    const streamed = page.waitForResponse((r) => r.url().includes("/api/graph?") && r.url().includes("stream=true"));
    await page.goto("/explore?chain=chain:power-semi");
    const response = await streamed;
    expect(response.headers()["content-type"]).toContain("application/x-ndjson");
    await settled(page);

    const lines = (await response.text())
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { nodes?: unknown[]; links?: unknown[]; meta?: unknown });
    const total = lines.reduce((n, l) => n + (l.nodes?.length ?? 0), 0);
    expect(total).toBeGreaterThan(0);
    expect(lines.at(-1)?.meta).toBeDefined();

    const seen = await page.evaluate(() => (window as unknown as { seen: Seen[] }).seen);
    expect(seen.length).toBeGreaterThan(0);
    // drawn while the view was still loading, before the first finished view existed, with the count in zh
    for (const s of seen) {
      expect(s.loading).toBe("true");
      expect(s.nodeCount).toBeNull();
      expect(s.status).toContain("正在接收节点");
    }
    expect(Number(seen.at(-1)!.streamed)).toBe(total);

    // the finished view is the JSON answer's
    const json = await e2e.app.get("/api/graph?chain=chain:power-semi&limit=2000");
    const graph = page.getByTestId("graph");
    expect(await graph.getAttribute("data-streamed")).toBeNull();
    expect(Number(await graph.getAttribute("data-node-count"))).toBeGreaterThan(0);
    expect(total).toBe((json.body as { nodes: unknown[] }).nodes.length);
    expect(page.consoleErrors).toEqual([]);
  });
});
