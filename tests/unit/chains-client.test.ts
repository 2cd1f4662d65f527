import fs from "node:fs";
import path from "node:path";
import { niceCeil } from "../../client/views/chains/scale";
import { describe, expect, it } from "vitest";
import {
  GAP_REASONS,
  GAP_STATUSES,
  REMEDY_KINDS,
  REMEDY_STRATEGIES,
  SPOF_EFFECTS,
} from "../../server/contracts/gap-vocabulary";
import { chainsUrl, parseChainsRoute, samePage } from "../../client/views/chains/page-route";

const url = (path: string) => new URL(path, "http://localhost");

describe("chains page routes", () => {
  it.each([
    ["/chains", { page: "overview", tech: null }],
    ["/chains?tech=tech:sic", { page: "overview", tech: "tech:sic" }],
    ["/chains/compare?a=chain:rail&b=chain:power-semi", { page: "compare", a: "chain:rail", b: "chain:power-semi" }],
    ["/chains/chain:rail", { page: "detail", chainId: "chain:rail", segment: null }],
    ["/chains/chain%3Arail?segment=seg:rail:om", { page: "detail", chainId: "chain:rail", segment: "seg:rail:om" }],
    ["/chains/chain:rail/report", { page: "report", chainId: "chain:rail" }],
  ])("%s", (path, route) => {
    expect(parseChainsRoute(url(path))).toEqual(route);
  });

  it("builds the stable cross-page URLs and parses them back", () => {
    expect(chainsUrl.detail("chain:power-semi", "seg:power-semi:chip-design")).toBe(
      "/chains/chain:power-semi?segment=seg:power-semi:chip-design",
    );
    expect(chainsUrl.overview("tech:sic")).toBe("/chains?tech=tech:sic");
    expect(chainsUrl.explore("seg:rail:om", "chain:rail")).toBe("/explore?focus=seg:rail:om&chain=chain:rail");
    expect(parseChainsRoute(url(chainsUrl.compare("chain:a b", "chain:c")))).toEqual({
      page: "compare",
      a: "chain:a b",
      b: "chain:c",
    });
    expect(parseChainsRoute(url(chainsUrl.report("chain:rail")))).toEqual({ page: "report", chainId: "chain:rail" });
  });

  it("keeps the detail page mounted when only the segment changes", () => {
    const a = parseChainsRoute(url("/chains/chain:rail?segment=x"));
    expect(samePage(a, parseChainsRoute(url("/chains/chain:rail?segment=y")))).toBe(true);
    expect(samePage(a, parseChainsRoute(url("/chains/chain:power-semi")))).toBe(false);
    expect(samePage(a, parseChainsRoute(url("/chains/chain:rail/report")))).toBe(false);
  });
});

describe("chains i18n", () => {
  const read = (lang: string) =>
    JSON.parse(
      fs.readFileSync(path.join(__dirname, "..", "..", "client", "i18n", lang, "chains.json"), "utf8"),
    ) as Record<string, string>;
  const zh = read("zh");
  const en = read("en");

  it("has every key in both languages", () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it("names every status, reason, remedy kind, strategy and SPOF effect the API can send", () => {
    const keys = [
      ...GAP_STATUSES.map((s) => `chains.status.${s}`),
      ...GAP_STATUSES.map((s) => `chains.rules.${s}`),
      ...GAP_REASONS.map((r) => `chains.reason.${r}`),
      ...REMEDY_KINDS.map((k) => `chains.remedy.kind.${k}`),
      ...REMEDY_STRATEGIES.map((s) => `chains.remedy.strategy.${s}`),
      ...SPOF_EFFECTS.map((e) => `chains.spof.${e}`),
      "nav.chains",
    ];
    for (const key of keys) {
      expect(zh[key], key).toBeTruthy();
      expect(en[key], key).toBeTruthy();
    }
  });
});

describe("holders bar scale", () => {
  it("rounds the chain's maximum up to a round number so a small value is not a full bar", () => {
    expect(niceCeil(0.054)).toBe(0.1);
    expect(niceCeil(0.0952)).toBe(0.1);
    expect(niceCeil(0.3)).toBe(0.5);
    expect(niceCeil(0.21)).toBe(0.25);
    expect(niceCeil(1)).toBe(1);
    expect(niceCeil(0)).toBe(1);
  });
});
