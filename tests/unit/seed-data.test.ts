import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { checkDataset, FACTS_FILE, readDataset, REPLY_FILE, squash, type Dataset } from "../../seed/dataset";
import { checkHonesty, honestySummary } from "../../seed/honesty";
import { ProvenanceSchema, SeedNodeSchema, type Claim } from "../../seed/schema";
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
      const segments = dataset.links
        .filter((l) => l.type === "PART_OF" && l.to === chain.id)
        .map((l) => dataset.nodes.find((n) => n.id === l.from)!);
      expect(segments.length, chain.id).toBeGreaterThanOrEqual(5);
      const orders = segments.map((s) => Number(s.props?.order)).sort((a, b) => a - b);
      expect(orders, chain.id).toEqual(orders.map((_, i) => i + 1));
    }
  });

  it("names what the reply names, with reply provenance", () => {
    const replyNames = dataset.nodes
      .filter((n) => n.prov.source === "reply")
      .map((n) => n.name)
      .join("|");
    for (const name of [
      "株洲市科学技术局",
      "九三学社",
      "时代半导体",
      "IGCT",
      "立方新能源",
      "钠离子",
      "天元智能研究院",
      "先进轨道交通装备创新中心",
      "揭榜挂帅",
      "GoA3",
    ]) {
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
    expect(ProvenanceSchema.safeParse({ source: "reply", basis: "stated", asOf: "2025" }).success).toBe(false);
    expect(
      ProvenanceSchema.safeParse({ source: "public", basis: "stated", asOf: "2025-01-01", tier: "A" }).success,
    ).toBe(false);
    expect(ProvenanceSchema.safeParse({ source: "illustrative", basis: "editorial", asOf: "2025-01-01" }).success).toBe(
      true,
    );
  });

  it("refuses an organisation that does not say whether it is local", () => {
    const node = {
      id: "ent:x",
      kind: "Enterprise",
      name: "x",
      prov: { source: "illustrative", basis: "editorial", asOf: "2025-01-01" },
    };
    expect(SeedNodeSchema.safeParse(node).success).toBe(false);
    expect(SeedNodeSchema.safeParse({ ...node, local: true }).success).toBe(true);
  });

  it("catches a quote that is not in the reply and a URL not in the fact sheet", () => {
    const bad = {
      nodes: [
        {
          id: "pol:x",
          kind: "Policy" as const,
          name: "x",
          prov: { source: "reply" as const, basis: "stated" as const, quote: "这句话不在答复里", asOf: "2025" },
        },
        {
          id: "ent:y",
          kind: "Enterprise" as const,
          name: "y",
          local: true,
          prov: {
            source: "public" as const,
            basis: "stated" as const,
            url: "https://example.com/nope",
            tier: "A" as const,
            asOf: "2025-01-01",
          },
        },
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
    expect(
      a.nodes.filter(
        (n) => n.kind !== "Technology" && n.kind !== "Chain" && n.kind !== "Segment" && n.kind !== "Problem",
      ),
    ).toHaveLength(300);
    const ids = new Set(a.nodes.map((n) => n.id));
    expect(a.links.every((l) => ids.has(l.from) && ids.has(l.to))).toBe(true);
    expect(a.links.length / 300).toBeGreaterThan(4);
    expect(syntheticDataset({ orgs: 300, seed: 8 })).not.toEqual(a);
  });
});

describe("honesty rules (issue 13)", () => {
  const reply = fs.readFileSync(REPLY_FILE, "utf8");
  const facts = fs.readFileSync(FACTS_FILE, "utf8");
  const url = "https://hn.rednet.cn/content/646756/59/13356870.html";
  const tech = (id: string) => ({
    id,
    kind: "Technology" as const,
    name: id,
    prov: { source: "illustrative" as const, basis: "editorial" as const, asOf: null },
  });
  const base = { nodes: [tech("tech:a"), tech("tech:b")], links: [] as Dataset["links"] };

  it("the seed has no placeholder dates, no hedging note on a stated fact, and every claim cited", () => {
    const summary = honestySummary(dataset);
    expect(summary.placeholderDates).toBe(0);
    expect(summary.contradictingNotes).toBe(0);
    expect(summary.byBasis.stated! + summary.byBasis.inferred! + summary.byBasis.editorial!).toBe(
      dataset.nodes.length + dataset.links.length,
    );
    expect(summary.claims).toBeGreaterThan(0);
  });

  it("dates reply facts by the year of their number and names the fixed defects", () => {
    expect(dataset.nodes.filter((n) => n.prov.source === "reply").every((n) => n.prov.asOf === "2025")).toBe(true);
    const link = (type: string, from: string, to: string) =>
      dataset.links.find((l) => l.type === type && l.from === from && l.to === to);
    expect(link("SUPPLIES", "ent:kairuisi", "ent:crrc-times-semi")?.prov.basis).toBe("inferred");
    expect(link("SUBSIDIARY_OF", "ent:qinglan-semi", "ent:crrc-times-semi")).toBeUndefined();
    expect(link("JOINT_VENTURE_WITH", "ent:qinglan-semi", "ent:crrc-times-semi")?.props?.share).toBeUndefined();
    expect(link("HAS_CAPABILITY", "ent:crrc-zic", "tech:hydrogen-art")?.prov.basis).toBe("inferred");
    expect(link("IN_SEGMENT", "ent:guochuang-yuemo", "seg:power-semi:packaging-modules")).toBeUndefined();
    expect(dataset.nodes.find((n) => n.id === "proj:lihe-houpu-cathode")?.props?.status).not.toBe("completed");
    expect(dataset.links.filter((l) => l.props?.kind === "co-hosting").length).toBeGreaterThan(0);
    for (const id of ["gov:zz-cppcc", "tech:integrated-circuits", "tech:smart-terminal"])
      expect(
        dataset.nodes.some((n) => n.id === id),
        id,
      ).toBe(true);
    expect(dataset.nodes.find((n) => n.id === "chain:carbide-materials")?.claims?.carbideFirms?.[0]?.url).toBe(url);
  });

  it("refuses a stated REQUIRES, a placeholder date, a hedging note on a stated fact", () => {
    const bad = checkHonesty(
      {
        ...base,
        links: [
          {
            id: "x1",
            type: "REQUIRES",
            from: "tech:a",
            to: "tech:b",
            prov: { source: "illustrative", basis: "stated", asOf: null },
          },
          {
            id: "x2",
            type: "SUBFIELD_OF",
            from: "tech:a",
            to: "tech:b",
            prov: { source: "illustrative", basis: "editorial", asOf: "2025-12-31" },
          },
          {
            id: "x3",
            type: "SUPPORTS",
            from: "tech:a",
            to: "tech:b",
            prov: { source: "illustrative", basis: "stated", asOf: null, note: "供货对象系推断" },
          },
        ],
      },
      reply,
      facts,
    );
    expect(bad.some((p) => p.startsWith("x1") && p.includes("editorial"))).toBe(true);
    expect(bad.some((p) => p.startsWith("x2") && p.includes("placeholder"))).toBe(true);
    expect(bad.some((p) => p.startsWith("x3") && p.includes("hedges"))).toBe(true);
    expect(
      checkHonesty(
        {
          ...base,
          links: [
            {
              id: "ok",
              type: "SUPPORTS",
              from: "tech:a",
              to: "tech:b",
              prov: { source: "illustrative", basis: "stated", asOf: null, note: "系推断", uncertain: true },
            },
          ],
        },
        reply,
        facts,
      ),
    ).toEqual([]);
  });

  it("refuses a claim on a missing property or citing a URL outside the fact sheet", () => {
    const claimed = (claims: Record<string, Claim[]>) => ({
      ...base,
      nodes: [{ ...tech("tech:c"), props: { firms: "279家" }, claims }],
    });
    expect(
      checkHonesty(
        claimed({ firms: [{ source: "public", basis: "stated", url, tier: "B", asOf: null }] }),
        reply,
        facts,
      ),
    ).toEqual([]);
    expect(
      checkHonesty(
        claimed({ other: [{ source: "public", basis: "stated", url, tier: "B", asOf: null }] }),
        reply,
        facts,
      ).join(),
    ).toContain("does not have");
    expect(
      checkHonesty(
        claimed({
          firms: [{ source: "public", basis: "stated", url: "https://example.com/x", tier: "B", asOf: null }],
        }),
        reply,
        facts,
      ).join(),
    ).toContain("not in zhuzhou-facts.md");
  });

  it("accepts dates as precise as the source and refuses others; inferred needs reasoning", () => {
    for (const asOf of ["2014", "2022-03", "2021-12-20", null])
      expect(
        ProvenanceSchema.safeParse({ source: "illustrative", basis: "editorial", asOf }).success,
        String(asOf),
      ).toBe(true);
    for (const asOf of ["2022-13", "22-03-01", "2021/12/20"])
      expect(ProvenanceSchema.safeParse({ source: "illustrative", basis: "editorial", asOf }).success, asOf).toBe(
        false,
      );
    expect(ProvenanceSchema.safeParse({ source: "illustrative", basis: "inferred", asOf: null }).success).toBe(false);
  });
});
