import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NODE_KINDS, REL_TYPES, SOURCES, STAGES } from "../../server/contracts/model";
import { startE2E, type E2E } from "./harness";

// Chinese all the way: on the main pages in zh mode no visible text contains a raw vocabulary key — node
// kinds, relationship types, provenance sources, stages, statuses (docs/screens.md, i18n rules).
const DENY = [
  ...NODE_KINDS,
  ...REL_TYPES,
  ...SOURCES,
  ...STAGES,
  "open",
  "matched",
  "closed",
  "proposed",
  "formed",
  "missing",
  "weak",
  "broken",
  "strong",
  "organisation",
  "localOrgs",
  "outsideOrgs",
  "Refused",
  "cartesian",
];

const PAGES: { path: string; ready: string; then?: string }[] = [
  { path: "/explore", ready: "[data-testid=graph][data-node-count]" },
  { path: "/chains", ready: "[data-chain]" },
  { path: "/chains/chain:power-semi?segment=seg:power-semi:sic-substrate-epi", ready: "[data-testid=reasons]" },
  {
    path: "/chains/chain:power-semi?segment=seg:power-semi:sic-substrate-epi",
    ready: "[data-testid=reasons]",
    then: "[data-testid=view-flow]",
  },
  { path: "/problems", ready: "[data-problem]" },
  { path: "/problems/prob:solid-na-interface", ready: "[data-testid=consortium-card]" },
  { path: "/queries", ready: "[data-query]" },
  {
    path: "/queries/chain-segments",
    ready: "[data-testid=results] [data-view=table]",
    then: "[data-testid=results] [data-view=table]",
  },
  { path: "/queries/facts-by-source", ready: "[data-testid=result-table]" },
  {
    path: "/queries/collaboration-partners",
    ready: "[data-testid=results] [data-view=table]",
    then: "[data-testid=results] [data-view=table]",
  },
  {
    path: "/queries/central-orgs",
    ready: "[data-testid=results] [data-view=table]",
    then: "[data-testid=results] [data-view=table]",
  },
  { path: "/data", ready: "[data-testid=dropzone]" },
  { path: "/explore?chain=chain:power-semi&layout=panorama", ready: "[data-testid=explore-panorama] svg" },
  { path: "/chains/chain:power-semi/report", ready: "[data-testid=report-table]" },
  { path: "/problems/prob:solid-na-interface/report", ready: "[data-testid=report] [data-testid=consortium-card]" },
  { path: "/data/freshness", ready: "[data-testid=fact-table]" },
  { path: "/data/documents", ready: "[data-testid=doc-list]" },
  { path: "/admin", ready: "[data-testid=audit-panel]" },
];

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

describe("no English vocabulary keys in the Chinese UI", () => {
  it("the deny-list check itself finds a leak", async () => {
    const page = await e2e.page();
    await page.goto("/queries");
    await page.locator("[data-query]").first().waitFor();
    await page.evaluate(() => document.querySelector("h1")!.append(" Enterprise"));
    expect((await leaks(page)).join("\n")).toContain("Enterprise:");
  });

  it.each(PAGES)("$path", async ({ path, ready, then }) => {
    const page = await e2e.page();
    await page.goto(path);
    await page.locator(ready).first().waitFor();
    if (then) {
      await page.locator(then).first().click();
      if (path.startsWith("/queries")) await page.getByTestId("result-table").waitFor();
    }
    expect(await leaks(page)).toEqual([]);
    expect(page.consoleErrors).toEqual([]);
  });
});

/** Visible text nodes (and selected options) containing a deny-listed word, as "word: text". */
async function leaks(page: import("playwright-core").Page): Promise<string[]> {
  return page.evaluate((deny) => {
    const found: string[] = [];
    // a word glued to ":" is part of an id (IN_CHAIN:prob:x, ent:…), which is data, not UI text
    const words = new RegExp(`(?<![A-Za-z_:])(${deny.join("|")})(?![A-Za-z_:])`);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // translate=no marks recorded data (a request path, a file name): shown as stored, not UI wording
      if (!parent || parent.closest("script, style, [lang=en], [translate=no]")) continue;
      if (parent.tagName === "OPTION" && !(parent as HTMLOptionElement).selected) continue;
      if (!parent.checkVisibility({ checkVisibilityCSS: true } as never)) continue;
      const match = words.exec(node.textContent ?? "");
      if (match) found.push(`${match[1]}: ${node.textContent!.trim().slice(0, 80)}`);
    }
    return found;
  }, DENY);
}
