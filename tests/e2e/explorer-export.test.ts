import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { neutralizeFormula } from "../../server/contracts/csv";
import { startE2E, type E2E } from "./harness";
import { settled } from "./explorer-helpers";

// The canvas draws neighbour expansions from lean payloads (decision 045): no quotes, URLs or claims. The CSV
// export must still carry the full provenance of what is on screen, the focus's ring and every expansion's.
let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

const FOCUS = "ent:crrc-times-semi";
const EXPANDED = "ent:crrc-times-electric";

interface Item {
  id: string;
  provenance: { quote?: string; url?: string };
}
interface Answer {
  nodes: Item[];
  links: Item[];
}

describe("CSV export of a focused, expanded view", () => {
  it("carries the quotes and URLs of the focus's and the expansion's nodes and links", async () => {
    const page = await e2e.page();
    await page.goto(`/explore?focus=${FOCUS}&exp=${EXPANDED}`);
    const view = await settled(page);
    expect(view.nodes).toBeGreaterThan(10);
    // What the API has in full for the two pieces (the page's own session asks, as the explorer does).
    const [focus, expansion] = await page.evaluate(
      (ids) =>
        Promise.all(
          ids.map((id) =>
            fetch(`/api/nodes/${encodeURIComponent(id)}/neighbors?limit=2000&detail=full`).then((r) => r.json()),
          ),
        ),
      [FOCUS, EXPANDED],
    );
    const full = new Map<string, Item>();
    for (const answer of [focus, expansion] as Answer[])
      for (const item of [...answer.nodes, ...answer.links]) full.set(item.id, item);
    const onlyExpansion = new Set((expansion as Answer).nodes.map((n) => n.id));
    for (const n of (focus as Answer).nodes) onlyExpansion.delete(n.id);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-csv").click()]);
    const text = fs.readFileSync((await download.path())!, "utf8");
    const rows = parse(text, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.length).toBe(view.nodes + view.links);
    let quoted = 0;
    let quotedFromExpansion = 0;
    for (const row of rows) {
      const item = full.get(row.id!);
      if (!item) continue;
      expect(row.quote, row.id).toBe(item.provenance.quote ? neutralizeFormula(item.provenance.quote) : "");
      expect(row.url, row.id).toBe(item.provenance.url ?? "");
      if (row.quote) quoted++;
      if (row.quote && row.record === "node" && onlyExpansion.has(row.id!)) quotedFromExpansion++;
    }
    expect(quoted).toBeGreaterThan(5);
    expect(quotedFromExpansion).toBeGreaterThan(0);
    expect(page.consoleErrors).toEqual([]);
  });
});
