import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../server/db/database";
import { LEAD_WEIGHTS, partScores, problemFacts, SOLVER_WEIGHTS, weighted } from "../../server/domain/candidates/score";
import { CANDIDATE_KINDS } from "../../server/contracts/problems";
import { problemPool } from "../../server/features/problems/match-context";
import { matchingService } from "../../server/features/problems/matching.service";
import { problemsRepo } from "../../server/features/problems/problems.repo";
import { problemsService } from "../../server/features/problems/problems.service";
import { testDb } from "../setup/test-db";

// The batch scores pools from the snapshot's typed-array index, not from the rows (decision 044, "Speed").
// These compare that fast path with the row-based code it replaced, on the seed (which has projects, platforms,
// open consortia and stated/inferred links that the synthetic graph lacks).
let db: Database;
beforeAll(() => {
  db = testDb();
});
afterAll(async () => {
  await db.close();
});

describe("the matching snapshot's index", () => {
  it("ranks with exactly the scores partScores gives each candidate's row", async () => {
    const repo = problemsRepo(db);
    const problems = problemsService(repo);
    const matching = matchingService(repo, problems);
    const seeded = (await problems.list({ limit: 100 })).problems.filter((p) => p.provenance.source === "illustrative");
    const snapshot = await repo.snapshot(
      [...new Set(seeded.flatMap((p) => p.requires.map((r) => r.id)))],
      [...new Set(seeded.flatMap((p) => (p.poster ? [p.poster.id] : [])))],
      CANDIDATE_KINDS,
    );
    let checked = 0;
    let withEvidence = 0;
    for (const result of await matching.matchAll(seeded, { maxSize: 5, k: 3 })) {
      const problem = seeded.find((p) => p.id === result.problem)!;
      const facts = problemFacts(
        problem.requires,
        problem.chains.map((c) => c.id),
      );
      const rows = new Map(snapshot.pool.map((o) => [o.id, o]));
      for (const c of [...result.candidates.solvers, ...result.candidates.leads]) {
        const { scores } = partScores(rows.get(c.id)!, facts, c.components.proximity.hops);
        expect(c.solverScore, `${problem.id} ${c.id}`).toBe(weighted(scores, SOLVER_WEIGHTS));
        expect(c.leadScore, `${problem.id} ${c.id}`).toBe(weighted(scores, LEAD_WEIGHTS));
        checked++;
        if (c.components.evidence.projects.length || c.components.evidence.platforms.length) withEvidence++;
      }
    }
    // Not vacuous: many candidates, and some whose evidence counts projects or platforms.
    expect(checked).toBeGreaterThan(20);
    expect(withEvidence).toBeGreaterThan(0);
  });

  it("lists an organisation's ties in a pool as the pool's ties filtered by that organisation", async () => {
    const repo = problemsRepo(db);
    const seeded = (await problemsService(repo).list({ limit: 100 })).problems.filter(
      (p) => p.provenance.source === "illustrative",
    );
    const snapshot = await repo.snapshot(
      [...new Set(seeded.flatMap((p) => p.requires.map((r) => r.id)))],
      [...new Set(seeded.flatMap((p) => (p.poster ? [p.poster.id] : [])))],
      CANDIDATE_KINDS,
    );
    let touching = 0;
    for (const problem of seeded) {
      const pool = problemPool(problem, snapshot);
      expect(pool.edges.length).toBe(2 * pool.ties.length);
      for (const org of pool.orgs) {
        const expected = pool.ties.filter((t) => t.a === org.id || t.b === org.id);
        expect(pool.tiesOf(org.id)).toEqual(expected);
        expect(pool.byId.get(org.id)).toBe(org);
        touching += expected.length;
      }
      // An organisation of the snapshot outside this pool is not found in it.
      const outside = snapshot.pool.find((o) => !pool.orgs.includes(o));
      if (outside) expect(pool.byId.get(outside.id)).toBeUndefined();
    }
    expect(touching).toBeGreaterThan(0);
  });
});
