import { describe, expect, it } from "vitest";
import { solve } from "../../server/domain/consortium";
import { EXACT_LIMIT } from "../../server/domain/consortium/instance";
import { compareScored } from "../../server/domain/consortium/objective";
import { bruteForce, randomInstance } from "./match/brute-force";

describe("exact solver", () => {
  it("equals brute force on 600 random small instances (seeded), for K from 1 to 8", () => {
    const mismatches: number[] = [];
    for (let seed = 1; seed <= 600; seed++) {
      const instance = randomInstance(seed);
      const k = 1 + (seed % 8);
      if (JSON.stringify(solve(instance, { k, mode: "exact" }).consortia) !== JSON.stringify(bruteForce(instance, k)))
        mismatches.push(seed);
    }
    expect(mismatches).toEqual([]);
  });

  it("equals brute force on denser instances (12–16 candidates, maxSize up to 6, K up to 10)", () => {
    const mismatches: number[] = [];
    for (let seed = 1000; seed < 1080; seed++) {
      const instance = {
        ...randomInstance(seed, { candidates: 12 + (seed % 5), techs: 3 + (seed % 5) }),
        maxSize: 2 + (seed % 5),
      };
      const k = 1 + (seed % 10);
      if (JSON.stringify(solve(instance, { k, mode: "exact" }).consortia) !== JSON.stringify(bruteForce(instance, k)))
        mismatches.push(seed);
    }
    expect(mismatches).toEqual([]);
  });

  it("is chosen automatically up to 25 eligible holders, and never beaten by the heuristic there", () => {
    for (let seed = 1; seed <= 15; seed++) {
      const instance = {
        ...randomInstance(seed * 7, { candidates: EXACT_LIMIT + 10, techs: 8, ties: 40 }),
        maxSize: 5,
      };
      // Make exactly 25 candidates hold something; the rest hold nothing.
      instance.candidates.forEach((c, i) => (c.capabilities = i < EXACT_LIMIT ? [`t${i % 8}`, `t${(i * 3) % 8}`] : []));
      instance.rules = {
        leadKinds: ["Enterprise", "University"],
        requireResearchMember: seed % 2 === 0,
        localOnly: false,
      };
      const exact = solve(instance, { k: 3 });
      const heuristic = solve(instance, { k: 3, mode: "heuristic" });
      expect(exact.exact).toBe(true);
      expect(heuristic.exact).toBe(false);
      if (heuristic.scored[0]) expect(compareScored(exact.scored[0]!, heuristic.scored[0])).toBeLessThanOrEqual(0);
    }
  });
});
