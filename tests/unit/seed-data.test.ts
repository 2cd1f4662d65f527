import { describe, expect, it } from "vitest";
import { checkDataset, readDataset, squash } from "../../seed/dataset";
import { ProvenanceSchema, SeedNodeSchema } from "../../seed/schema";
import { syntheticDataset } from "../../seed/synthetic";

const dataset = readDataset();

describe("seed data (no database needed)", () => {
  it("passes every integrity check (ids, endpoints, verbatim quotes, fact-sheet URLs)", () => {
    expect(checkDataset(dataset)).toEqual([]);
  });

  it("covers at least 7 chains with at least 5 ordered segments each", () => {
    const chains = dataset.nodes.filter((n) => n.kind === "Chain");
    expect(chains.length).toBeGreaterThanOrEqual(7);
    for (const chain of chains) {
      const segments = dataset.links.filter((l) => l.type === "PART_OF" && l.to === chain.id).map((l) => dataset.nodes.find((n) => n.id === l.from)!);
      expect(segments.length, chain.id).toBeGreaterThanOrEqual(5);
      const orders = segments.map((s) => Number(s.props?.order)).sort((a, b) => a - b);
      expect(orders, chain.id).toEqual(orders.map((_, i) => i + 1));
    }
  });

  it("names what the reply names, with reply provenance", () => {
    const replyNames = dataset.nodes.filter((n) => n.prov.source === "reply").map((n) => n.name).join("|");
    for (const name of ["株洲市科学技术局", "九三学社", "时代半导体", "IGCT", "立方新能源", "钠离子", "天元智能研究院", "先进轨道交通装备创新中心", "揭榜挂帅", "GoA3"]) {
      expect(replyNames, name).toContain(name);
    }
  });

  it("marks every 揭榜挂帅 problem as illustrative", () => {
    const problems = dataset.nodes.filter((n) => n.kind === "Problem");
    expect(problems.length).toBeGreaterThanOrEqual(3);
    expect(problems.every((p) => p.prov.source === "illustrative" && p.prov.note)).toBe(true);
  });
});

describe("seed schema rules", () => {
  it("refuses a reply fact without a quote and a public fact without a URL", () => {
    expect(ProvenanceSchema.safeParse({ source: "reply", asOf: "2025-01-01" }).success).toBe(false);
    expect(ProvenanceSchema.safeParse({ source: "public", asOf: "2025-01-01", tier: "A" }).success).toBe(false);
    expect(ProvenanceSchema.safeParse({ source: "illustrative", asOf: "2025-01-01" }).success).toBe(true);
  });

  it("refuses an organisation that does not say whether it is local", () => {
    const node = { id: "ent:x", kind: "Enterprise", name: "x", prov: { source: "illustrative", asOf: "2025-01-01" } };
    expect(SeedNodeSchema.safeParse(node).success).toBe(false);
    expect(SeedNodeSchema.safeParse({ ...node, local: true }).success).toBe(true);
  });

  it("catches a quote that is not in the reply and a URL not in the fact sheet", () => {
    const bad = {
      nodes: [
        { id: "pol:x", kind: "Policy" as const, name: "x", prov: { source: "reply" as const, quote: "这句话不在答复里", asOf: "2025-01-01" } },
        { id: "ent:y", kind: "Enterprise" as const, name: "y", local: true, prov: { source: "public" as const, url: "https://example.com/nope", tier: "A" as const, asOf: "2025-01-01" } },
      ],
      links: [],
    };
    const problems = checkDataset(bad);
    expect(problems.some((p) => p.includes("not verbatim"))).toBe(true);
    expect(problems.some((p) => p.includes("not in zhuzhou-facts.md"))).toBe(true);
  });

  it("compares quotes with whitespace removed (the reply breaks lines mid-sentence)", () => {
    expect(squash("国\n\n产工业软件")).toBe("国产工业软件");
  });
});

describe("synthetic generator", () => {
  it("is deterministic and internally consistent", () => {
    const a = syntheticDataset({ orgs: 300, seed: 7 });
    const b = syntheticDataset({ orgs: 300, seed: 7 });
    expect(a).toEqual(b);
    expect(a.nodes.filter((n) => n.kind !== "Technology" && n.kind !== "Chain" && n.kind !== "Segment" && n.kind !== "Problem")).toHaveLength(300);
    const ids = new Set(a.nodes.map((n) => n.id));
    expect(a.links.every((l) => ids.has(l.from) && ids.has(l.to))).toBe(true);
    expect(a.links.length / 300).toBeGreaterThan(4);
    expect(syntheticDataset({ orgs: 300, seed: 8 })).not.toEqual(a);
  });
});
