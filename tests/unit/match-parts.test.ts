import { describe, expect, it } from "vitest";
import { binomial, countCompletions, forEachCompletion, zeroPool } from "../../server/domain/consortium/completions";
import { TieGraph } from "../../server/domain/consortium/distances";
import { Instance } from "../../server/domain/consortium/instance";
import { minimumSpanningTree } from "../../server/domain/consortium/mst";
import { compareScored, type Scored } from "../../server/domain/consortium/objective";
import { prepare } from "../../server/domain/consortium/prepare";
import { randomInstance } from "./match/brute-force";

describe("tie distances", () => {
  const graph = new TieGraph(5, [
    [0, 1],
    [1, 2],
    [2, 0],
    [3, 3],
  ]);
  it("counts hops, and 10 between unconnected candidates", () => {
    expect(graph.distance(0, 2)).toBe(1);
    expect(graph.distance(0, 0)).toBe(0);
    expect(graph.distance(0, 3)).toBe(10);
    expect(graph.distance(4, 3)).toBe(10);
    expect(
      new TieGraph(
        13,
        Array.from({ length: 12 }, (_, i) => [i, i + 1] as const),
      ).distance(0, 12),
    ).toBe(12);
  });
  it("gives a shortest path for explanations", () => {
    const line = new TieGraph(4, [
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    expect(line.path(0, 3)).toEqual([0, 1, 2, 3]);
    expect(graph.path(0, 3)).toBeNull();
  });
});

describe("minimum spanning tree", () => {
  it("is the cheapest tree (a square with one diagonal)", () => {
    const d = [
      [0, 1, 3, 2],
      [1, 0, 1, 4],
      [3, 1, 0, 1],
      [2, 4, 1, 0],
    ];
    const tree = minimumSpanningTree(4, (i, j) => d[i]![j]!);
    expect(tree.cost).toBe(3);
    expect(tree.edges).toHaveLength(3);
  });

  it("over tie-graph members equals the general tree on their hop distances (10 when unconnected)", () => {
    const line = new TieGraph(6, [
      [0, 1],
      [1, 2],
      [2, 3],
      [4, 5],
    ]);
    expect(line.treeCost([0, 3])).toBe(3);
    expect(line.treeCost([0, 1, 3])).toBe(3);
    expect(line.treeCost([0, 4, 5])).toBe(11);
    expect(line.treeCost([2])).toBe(0);
    for (const members of [
      [0, 2, 4],
      [5, 1, 3, 0],
      [4, 3, 2, 1, 0],
    ]) {
      expect(line.treeCost(members)).toBe(
        minimumSpanningTree(members.length, (i, j) => line.distance(members[i]!, members[j]!)).cost,
      );
    }
  });
});

describe("the lexicographic order", () => {
  const s = (coveredWeight: number, size: number, cost: number, ids: string[]): Scored => ({
    coveredWeight,
    size,
    cost,
    ids,
    members: [],
  });
  it("compares coverage, then size, then cost, then ids", () => {
    expect(compareScored(s(9, 3, 9, ["z"]), s(8, 1, 0, ["a"]))).toBeLessThan(0);
    expect(compareScored(s(5, 1, 9, ["z"]), s(5, 2, 0, ["a", "b"]))).toBeLessThan(0);
    expect(compareScored(s(5, 2, 1, ["y", "z"]), s(5, 2, 2, ["a", "b"]))).toBeLessThan(0);
    expect(compareScored(s(5, 2, 1, ["a", "c"]), s(5, 2, 1, ["a", "d"]))).toBeLessThan(0);
    expect(compareScored(s(0.1 + 0.2, 1, 0, ["b"]), s(0.3, 1, 0, ["a"]))).toBeGreaterThan(0); // 0.30000000000000004 ties 0.3
  });
});

describe("zero-coverage completions", () => {
  it("counts what it enumerates, for every role combination", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const p = prepare(
        Instance.parse({
          ...randomInstance(seed, { candidates: 10 }),
          rules: { leadKinds: ["Enterprise", "University"], requireResearchMember: true, localOnly: false },
        }),
      );
      const pool = zeroPool(p);
      for (const [lead, research] of [
        [false, false],
        [true, false],
        [false, true],
        [true, true],
      ] as const) {
        for (let m = 0; m <= 4; m++) {
          let n = 0;
          forEachCompletion(p, pool, lead, research, m, () => n++);
          expect(countCompletions(pool, lead, research, m)).toBe(n);
        }
      }
    }
    expect(binomial(5, 2)).toBe(10);
    expect(binomial(3, 4)).toBe(0);
  });
});

describe("instance validation", () => {
  const base = {
    required: [{ tech: "a", weight: 1 }],
    candidates: [{ id: "x", kind: "Enterprise", local: true, capabilities: ["a"] }],
    ties: [],
    maxSize: 3,
    rules: { leadKinds: ["Enterprise"], requireResearchMember: false, localOnly: false },
  };
  const fields = (input: unknown) => {
    const result = Instance.safeParse(input);
    return result.success ? [] : result.error.issues.map((i) => i.path.join("."));
  };
  it("names the offending field", () => {
    expect(fields(base)).toEqual([]);
    expect(fields({ ...base, maxSize: 13 })).toEqual(["maxSize"]);
    expect(fields({ ...base, maxSize: 0 })).toEqual(["maxSize"]);
    expect(fields({ ...base, ties: [["x", "ghost"]] })).toEqual(["ties.0.1"]);
    expect(fields({ ...base, candidates: [...base.candidates, base.candidates[0]] })).toEqual(["candidates.1.id"]);
    expect(fields({ ...base, required: [...base.required, { tech: "a", weight: 2 }] })).toEqual(["required.1.tech"]);
    expect(fields({ ...base, required: [{ tech: "a", weight: 0 }] })).toEqual(["required.0.weight"]);
    expect(fields({ ...base, candidates: [{ ...base.candidates[0], kind: "Park" }] })).toEqual(["candidates.0.kind"]);
  });
});
