import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../server/db/database";
import { solve, solvePrepared } from "../../server/domain/consortium";
import { matchContext, problemPool, problemRules, toInstance } from "../../server/features/problems/match-context";
import { matchingService } from "../../server/features/problems/matching.service";
import { problemsRepo } from "../../server/features/problems/problems.repo";
import { problemsService } from "../../server/features/problems/problems.service";
import { bruteForceCombinations } from "../unit/match/brute-force";
import { testDb } from "../setup/test-db";

let db: Database;
beforeAll(() => {
  db = testDb();
});
afterAll(async () => {
  await db.close();
});

describe("matching on the seeded graph", () => {
  it("gives the same candidates and consortia from one shared snapshot as from per-problem reads", async () => {
    const repo = problemsRepo(db);
    const problems = problemsService(repo);
    const matching = matchingService(repo, problems);
    const seeded = (await problems.list({ limit: 100 })).problems.filter((p) => p.provenance.source === "illustrative");
    expect(seeded.length).toBeGreaterThanOrEqual(6);
    const request = { maxSize: 5, k: 3, rules: {} };
    for (const wholeGraph of [false, true]) {
      const batch = await matching.matchAll(seeded, { ...request, wholeGraph });
      for (const [i, problem] of seeded.entries()) {
        expect(batch[i]!.consortia).toEqual(await matching.build(problem.id, request));
        expect(batch[i]!.candidates).toEqual(await matching.candidates(problem.id, 50));
      }
    }
  });

  it("is exact on every seeded problem: the answer equals brute force over the same pool", async () => {
    const repo = problemsRepo(db);
    const problems = problemsService(repo);
    for (const problem of (await problems.list({ limit: 100 })).problems.filter(
      (p) => p.provenance.source === "illustrative",
    )) {
      const snapshot = await repo.snapshot(
        problem.requires.map((r) => r.id),
        problem.poster ? [problem.poster.id] : [],
        ["Enterprise", "University", "ResearchInstitute", "Platform"],
      );
      const instance = toInstance(problem, problemPool(problem, snapshot), problemRules(problem), 4);
      const solution = solve(instance, { k: 4 });
      expect(solution.exact).toBe(true);
      expect(solution.consortia, problem.id).toEqual(bruteForceCombinations(instance, 4));
      // The API indexes the pool directly; it must be the same instance as the CLI would build.
      const direct = solvePrepared(matchContext(problem, snapshot, problemRules(problem), 4).prepared, { k: 4 });
      expect(direct.consortia).toEqual(solution.consortia);
    }
  });
});
