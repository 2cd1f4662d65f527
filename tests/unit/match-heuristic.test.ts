import { describe, expect, it } from "vitest";
import { seededRandom } from "../../server/contracts/random";
import { solve } from "../../server/domain/consortium";
import { CANDIDATE_KINDS, EXACT_LIMIT, type Instance } from "../../server/domain/consortium/instance";
import { compareScored } from "../../server/domain/consortium/objective";
import { isFeasible } from "../../server/domain/consortium/prepare";
import { bruteForce, randomInstance } from "./match/brute-force";

function largeInstance(seed: number): Instance {
  const random = seededRandom(seed);
  const techs = Array.from({ length: 6 + (seed % 6) }, (_, i) => `t${i}`);
  const candidates = Array.from({ length: 60 + (seed % 40) }, (_, i) => ({
    id: `o${String(i).padStart(3, "0")}`,
    kind: CANDIDATE_KINDS[Math.floor(random() * 4)]!,
    local: random() < 0.6,
    capabilities: random() < 0.8 ? techs.filter(() => random() < 0.25) : [],
  }));
  const ties = Array.from(
    { length: 80 },
    () =>
      [
        candidates[Math.floor(random() * candidates.length)]!.id,
        candidates[Math.floor(random() * candidates.length)]!.id,
      ] as [string, string],
  );
  const leadKinds = CANDIDATE_KINDS.filter(() => random() < 0.4);
  return {
    required: techs.map((tech) => ({ tech, weight: 1 + Math.floor(random() * 5) })),
    candidates,
    ties,
    maxSize: 1 + (seed % 8),
    rules: { leadKinds, requireResearchMember: random() < 0.5, localOnly: random() < 0.3 },
  };
}

describe("heuristic", () => {
  it("reports itself as heuristic beyond 25 holders and never returns an infeasible or duplicate team", () => {
    let solved = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const instance = largeInstance(seed);
      const solution = solve(instance, { k: 5 });
      if (solution.prepared.holders.length > EXACT_LIMIT) expect(solution.exact).toBe(false);
      for (const team of solution.scored)
        expect(isFeasible(solution.prepared, team.members), `seed ${seed}`).toBe(true);
      expect(new Set(solution.consortia.map((c) => c.members.join())).size).toBe(solution.consortia.length);
      const sorted = [...solution.scored].sort(compareScored);
      expect(sorted).toEqual(solution.scored);
      // Empty only when the rules themselves make every team impossible.
      expect(solution.consortia.length === 0).toBe(solution.reason !== null);
      if (solution.consortia.length) solved++;
    }
    expect(solved).toBeGreaterThan(50);
  });

  it("finds a feasible team exactly when brute force does, on small random instances", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const instance = randomInstance(seed);
      const heuristic = solve(instance, { k: 3, mode: "heuristic" });
      expect(heuristic.consortia.length > 0, `seed ${seed}`).toBe(bruteForce(instance, 1).length > 0);
      for (const team of heuristic.scored) expect(isFeasible(heuristic.prepared, team.members)).toBe(true);
    }
  });
});
