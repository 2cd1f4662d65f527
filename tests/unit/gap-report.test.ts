import { describe, expect, it } from "vitest";
import { chainReport } from "../../server/domain/gaps/report";
import { gapFixture } from "../setup/gap-fixtures";

const report = chainReport(gapFixture("spof-remedies"));
const segment = (id: string) => report.segments.find((s) => s.id === id)!;

describe("single points of failure", () => {
  it("names enterprises whose removal makes a segment weak or missing, plus articulation points", () => {
    expect(segment("s-pair").spof).toEqual([
      { orgId: "x", effects: ["weak"] },
      { orgId: "y", effects: ["weak"] },
    ]);
    // p is the only enterprise holding a required technology, and a cut vertex of x–p–q–z
    expect(segment("s-fab").spof).toEqual([
      { orgId: "p", effects: ["weak", "articulation"] },
      { orgId: "q", effects: ["articulation"] },
    ]);
    expect(segment("s-single").spof).toEqual([{ orgId: "z", effects: ["missing"] }]);
    expect(segment("s-gap").spof).toEqual([]);
  });

  it("finds articulation points and betweenness of the local graph only (non-local far-ent is not in it)", () => {
    expect(report.holders.articulation).toEqual(["p", "q"]);
    // 8 local nodes → 21 pairs; p and q each lie on 2 shortest paths of the path x–p–q–z
    expect(report.holders.betweenness).toEqual([
      { orgId: "p", score: 0.0952 },
      { orgId: "q", score: 0.0952 },
    ]);
  });
});

describe("remedies", () => {
  it("ranks 补链 candidates for a missing segment with scores and reasons", () => {
    const remedies = segment("s-gap").remedies;
    expect(remedies.map((r) => [r.orgId, r.kind, r.strategy, r.score])).toEqual([
      ["far-ent", "attract", "fill", 75], // 10 + 40 (both techs) + 20 (present) + 5 (supplies z)
      ["ext-both", "extend", "extend", 70], // 30 + 40
      // coverage is the first key: uni-t5 holds half the techs and ranks above z, which scores more on presence
      ["uni-t5", "incubate", "fill", 40], // 20 + 20 (half the techs)
      ["z", "extend", "extend", 50], // 30 + 20 (adjacent segment), holds none
      ["lab-in", "incubate", "fill", 40], // 20 + 20 (present), holds none
    ]);
    expect(remedies[0]!.reason).toMatch(/Non-local.*holds 2 of 2 required technologies \(t5, t6\).*present.*z/);
    expect(remedies[0]!.basis).toEqual({ techs: ["t5", "t6"], adjacent: [], present: true, ties: ["z"] });
  });

  it("always ranks a holder of required technologies above any organisation holding none (coverage first)", () => {
    for (const s of report.segments) {
      const held = s.remedies.map((r) => r.basis.techs.length > 0);
      const firstNone = held.indexOf(false);
      if (firstNone >= 0) expect(held.slice(firstNone)).not.toContain(true);
    }
    const gap = segment("s-gap").remedies;
    expect(gap.findIndex((r) => r.orgId === "uni-t5")).toBeLessThan(gap.findIndex((r) => r.orgId === "z"));
    expect(gap.find((r) => r.orgId === "z")!.score).toBeGreaterThan(gap.find((r) => r.orgId === "uni-t5")!.score);
  });

  it("proposes adjacent enterprises for a weak segment (强链 by 延链) and nothing for strong ones", () => {
    expect(segment("s-single").remedies.map((r) => [r.orgId, r.score])).toEqual([
      ["q", 60],
      ["p", 55],
      ["r", 50],
    ]);
    expect(segment("s-pair").remedies).toEqual([]);
  });
});
