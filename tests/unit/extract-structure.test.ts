// Links read from a document's structure and naming (PROPOSED, IN_CHAIN, SUBFIELD_OF) and names listed before
// 等…产业链: on the reply, and on small texts of other wording so the rules are not the reply's alone.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { readDataset, REPLY_FILE } from "../../seed/dataset";
import { buildDictionary } from "../../server/domain/extract/dictionary";
import { extract } from "../../server/domain/extract/extract";
import type { DictNode, Extraction } from "../../server/domain/extract/types";

const reply = fs.readFileSync(REPLY_FILE, "utf8");
const x = extract(reply, buildDictionary(readDataset().nodes), "x");
const links = (e: Extraction, type: string) => e.links.filter((l) => l.type === type);
const pairs = (e: Extraction, type: string) => links(e, type).map((l) => `${l.source.id} ${l.target.id}`);

describe("structure links on the reply", () => {
  it("reads the addressee from the salutation: 您提出的/您建议的 and 已收悉 propose PROPOSED, marked inferred", () => {
    const proposed = links(x, "PROPOSED");
    expect(proposed.map((l) => l.target.id).sort()).toEqual(
      [
        "pol:mech-tech-plus-investment",
        "pol:proposal-2104205",
        "pol:sugg-autonomy",
        "pol:sugg-new-national-system",
        "pol:sugg-platforms",
        "pol:sugg-sustainable",
      ].sort(),
    );
    expect(proposed.every((l) => l.source.id === "assoc:jiusan" && l.inferred && l.confidence <= 0.7)).toBe(true);
    // The model's other mechanism in that sentence is before 您建议的: not the addressee's.
    expect(pairs(x, "PROPOSED")).not.toContain("assoc:jiusan pol:mech-enterprise-question");
  });

  it("places the measures, projects and platforms of a section about one chain in that chain, as inferred", () => {
    const inChain = links(x, "IN_CHAIN");
    expect(pairs(x, "IN_CHAIN")).toEqual(
      expect.arrayContaining([
        "proj:igct-2024 chain:power-semi",
        "pol:top10-key-tech chain:power-semi",
        "plat:domestic-software-centre chain:beidou-os-software",
      ]),
    );
    expect(inChain.every((l) => l.inferred && l.confidence === 0.5 && l.why.code === "section")).toBe(true);
    // 先进电池材料布局 names no chain (nor parts of a chain's name): nothing is guessed for its project.
    expect(inChain.some((l) => l.source.id === "proj:na-solid-state-2025")).toBe(false);
    // Every IN_CHAIN quotes the sentence of its measure, not the heading.
    for (const l of inChain) expect(x.entities.find((e) => e.id === l.source.ref)!.quote).toBe(l.quote);
  });

  it("states SUBFIELD_OF from 等 and （…） and infers it from a name inside a name", () => {
    const sub = (from: string, to: string) =>
      links(x, "SUBFIELD_OF").find((l) => l.source.id === from && l.target.id === to);
    expect(sub("tech:sic", "tech:wide-bandgap")).toMatchObject({ inferred: false, confidence: 0.7 });
    expect(sub("tech:gan", "tech:wide-bandgap")).toMatchObject({ inferred: false });
    // 鸿蒙、麒麟等国产操作系统及工业软件: kinds of the first part, not of the whole.
    expect(sub("tech:harmonyos", "tech:domestic-os")).toMatchObject({ inferred: false, cue: "等" });
    expect(sub("tech:harmonyos", "tech:basic-software")).toBeUndefined();
    expect(sub("tech:domestic-os", "tech:basic-software")).toMatchObject({ inferred: true, cue: "及" });
    expect(sub("tech:beidou-chip", "tech:beidou")).toMatchObject({ inferred: true, cue: "name" });
  });

  it("proposes a name listed before 等…产业链 as that chain, and the same name elsewhere as the field", () => {
    const rail = x.entities.filter((e) => e.text === "轨道交通" && e.within === null);
    const listed = rail.filter((e) => e.quote.includes("等优势产业链"));
    expect(listed.map((e) => e.match?.id).sort()).toEqual(["chain:rail", "tech:rail-equipment"]);
    expect(listed.find((e) => e.kind === "Chain")).toMatchObject({ confidence: 0.75, why: { code: "chainList" } });
    const field = rail.filter((e) => e.quote.includes("等领域"));
    expect(field.map((e) => e.match?.id)).toEqual(["tech:rail-equipment"]);
  });
});

describe("structure links on texts of other wording", () => {
  const nodes: DictNode[] = [
    { id: "org:a", kind: "Association", name: "株洲市机械工程学会" },
    { id: "pol:p", kind: "Policy", name: "关于加快低空经济发展的建议" },
    { id: "pol:q", kind: "Policy", name: "通航机场建设" },
    { id: "pol:r", kind: "Policy", name: "无人机测试基地建设" },
    { id: "tech:uav", kind: "Technology", name: "无人机" },
    { id: "tech:evtol", kind: "Technology", name: "电动垂直起降飞行器" },
    { id: "tech:low", kind: "Technology", name: "低空飞行器" },
    { id: "chain:low", kind: "Chain", name: "航空动力·低空经济产业链" },
    { id: "proj:x", kind: "Project", name: "低空物流示范项目" },
  ];
  const dict = buildDictionary(nodes);
  const letter = [
    "株洲市机械工程学会：",
    "贵会《关于加快低空经济发展的建议》已收悉。现答复如下：",
    "一、总体情况",
    "（一）低空经济产业",
    "1. 您提出的“通航机场建设”、“无人机测试基地建设”两项建议，我们将认真研究。",
    "2. 支持低空物流示范项目落地，发展无人机、电动垂直起降飞行器等低空飞行器。",
  ].join("\n");

  it("finds the addressee, the section's chain and the kinds of 等 in a letter written differently", () => {
    const e = extract(letter, dict, "y");
    expect(pairs(e, "PROPOSED").sort()).toEqual(["org:a pol:p", "org:a pol:q", "org:a pol:r"]);
    expect(pairs(e, "IN_CHAIN")).toEqual(expect.arrayContaining(["proj:x chain:low", "pol:q chain:low"]));
    expect(pairs(e, "SUBFIELD_OF").sort()).toEqual(["tech:evtol tech:low", "tech:uav tech:low"]);
  });

  it("proposes nothing of the kind without its wording: no salutation, 我们 not 您, a section naming no chain", () => {
    const plain = letter
      .replace("株洲市机械工程学会：\n", "")
      .replace("低空经济产业", "综合事项")
      .replace("您提出的", "我们提出的")
      .replace("等低空飞行器", "和低空飞行器");
    const e = extract(plain, dict, "z");
    expect(links(e, "PROPOSED")).toEqual([]);
    expect(links(e, "IN_CHAIN")).toEqual([]);
    expect(links(e, "SUBFIELD_OF")).toEqual([]);
  });
});
