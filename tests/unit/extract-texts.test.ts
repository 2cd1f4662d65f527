// The texts written from the fact sheet (not the reply), scored against their hand-labelled readings, and the
// rules the third text (labelled before the extractor saw it) showed missing.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateGold, type Gold } from "../../bench/ingest-eval";
import { readDataset } from "../../seed/dataset";
import { buildDictionary } from "../../server/domain/extract/dictionary";
import { extract } from "../../server/domain/extract/extract";

const dict = buildDictionary(readDataset().nodes);
const fixture = (name: string) => {
  const dir = path.join(import.meta.dirname, "../fixtures/documents");
  const text = fs.readFileSync(path.join(dir, `${name}.txt`), "utf8");
  const gold = JSON.parse(fs.readFileSync(path.join(dir, `${name}.gold.json`), "utf8")) as Gold;
  return { text, gold, x: extract(text, dict, name) };
};

describe("texts written from the fact sheet, against their hand-labelled readings", () => {
  for (const name of ["collaborations-digest", "chain-bulletin"]) {
    it(`${name}: finds the labelled nodes and proposes few links a reader would not draw`, () => {
      const { text, gold, x } = fixture(name);
      const score = evaluateGold(x, gold);
      expect(score.entities.recall).toBeGreaterThanOrEqual(0.9);
      expect(score.links.precision).toBeGreaterThanOrEqual(0.8);
      expect(score.links.recall).toBeGreaterThanOrEqual(0.6);
      // Every label names a node of the seed, and every quote is verbatim.
      const ids = new Set(dict.nodes.map((n) => n.id));
      expect([...gold.entities, ...gold.links.flatMap(([, a, b]) => [a, b])].filter((id) => !ids.has(id))).toEqual([]);
      for (const l of x.links) expect(text.slice(l.start, l.end)).toBe(l.quote);
    });
  }

  it("knows a name written without its owner, and each half of a name that is two names", () => {
    const { x } = fixture("chain-bulletin");
    const at = (id: string) => x.entities.find((e) => e.match?.id === id);
    expect(at("plat:tnm-materials-institute")).toMatchObject({ text: "材料技术与工程研究院", via: "short" });
    expect(at("proj:sic-8inch-line")).toMatchObject({ text: "8英寸碳化硅功率器件晶圆线", via: "short" });
    const link = (type: string, from: string, to: string) =>
      x.links.find((l) => l.type === type && l.source.id === from && l.target.id === to);
    expect(link("OPERATES", "ent:times-new-material", "plat:tnm-materials-institute")?.cue).toBe("组建");
    expect(link("LEADS", "ent:crrc-times-semi", "proj:sic-8inch-line")).toMatchObject({ inferred: true });
    expect(link("IN_CHAIN", "proj:sic-8inch-line", "chain:power-semi")).toMatchObject({ inferred: true });
  });

  it("states a joint venture from 合资成立, and no supply between two names of one list", () => {
    const { x } = fixture("chain-bulletin");
    const types = (from: string, to: string) =>
      x.links.filter((l) => l.source.id === from && l.target.id === to).map((l) => [l.type, l.inferred]);
    expect(types("ent:times-huaxian", "ent:times-new-material")).toEqual([["JOINT_VENTURE_WITH", false]]);
    expect(types("ent:times-huaxian", "uni:scut")).toEqual([["JOINT_VENTURE_WITH", false]]);
    expect(x.links.filter((l) => l.type === "SUPPLIES")).toEqual([]);
    // An item the dictionary does not know (复合材料) does not end the list: 硬质合金 is still a kind of 新材料.
    expect(types("tech:cemented-carbide", "tech:new-materials")).toEqual([["SUBFIELD_OF", false]]);
  });
});
