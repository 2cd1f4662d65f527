import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../server/db/database";
import { matchingService } from "../../server/features/problems/matching.service";
import { problemsRepo, type ProblemsRepo } from "../../server/features/problems/problems.repo";
import { problemsService } from "../../server/features/problems/problems.service";
import { loadInBatches } from "../../seed/load";
import { syntheticDataset } from "../../seed/synthetic";
import { testDb } from "../setup/test-db";

// The board's batch (matchAll) reads its problems in batches, each snapshot in pages of members. Both must give
// exactly the per-problem answers, on the seed and on a synthetic graph loaded next to it for this file only.
const PAGE = 40;
const removeSynthetic = (db: Database) =>
  db.writeTx((tx) => tx.raw("MATCH (n:Entity) WHERE n.id STARTS WITH 'syn:' DETACH DELETE n"));

let db: Database;
beforeAll(async () => {
  db = testDb({ queryTimeoutMs: 120_000 });
  await removeSynthetic(db);
  await loadInBatches(db, syntheticDataset({ orgs: 400, seed: 11 }));
});
afterAll(async () => {
  await removeSynthetic(db);
  await db.close();
});

/** The real repo, with small pages on three lanes and every statement's row count recorded (no stand-in for the database). */
function recordingRepo(repo: ProblemsRepo) {
  const statements: { name: string; rows: number }[] = [];
  const snapshots: { techs: string[]; seeds: string[] }[] = [];
  const wrapped: ProblemsRepo = {
    ...repo,
    snapshot: (techs, seeds, kinds) => {
      snapshots.push({ techs, seeds });
      return repo.snapshot(techs, seeds, kinds, {
        page: PAGE,
        lanes: 3, // pages shared out unevenly over three read transactions, put back in page order
        onStatement: (name, rows) => statements.push({ name, rows }),
      });
    },
  };
  return { repo: wrapped, statements, snapshots };
}

async function problemsToMatch() {
  const problems = problemsService(problemsRepo(db));
  const all = (await problems.list({ limit: 200 })).problems.filter((p) => p.provenance.source === "illustrative");
  const synthetic = all.filter((p) => p.id.startsWith("syn:"));
  expect(synthetic.length).toBeGreaterThanOrEqual(10);
  expect(all.length - synthetic.length).toBeGreaterThanOrEqual(6);
  return all;
}

describe("matching many problems in batches", () => {
  it("gives every problem the per-problem candidates and consortia, whatever the batch and page size", async () => {
    const list = await problemsToMatch();
    const plain = problemsRepo(db);
    const single = matchingService(plain, problemsService(plain));
    const recorded = recordingRepo(plain);
    const batched = matchingService(recorded.repo, problemsService(recorded.repo));
    const request = { maxSize: 6, k: 3, rules: {} };
    const inBatches = await batched.matchAll(list, { ...request, batchSize: 4 });
    const together = await batched.matchAll(list, { ...request, wholeGraph: true });
    expect(inBatches.map((r) => r.problem)).toEqual(list.map((p) => p.id));
    expect(together).toEqual(inBatches);
    let withConsortia = 0;
    for (const [i, problem] of list.entries()) {
      expect(inBatches[i]!.consortia, problem.id).toEqual(await single.build(problem.id, request));
      expect(inBatches[i]!.candidates, problem.id).toEqual(await single.candidates(problem.id, 50));
      if (inBatches[i]!.consortia.consortia.length) withConsortia++;
    }
    // Not a vacuous comparison: most problems have teams, and the synthetic pools span several pages.
    expect(withConsortia).toBeGreaterThan(list.length / 2);
    expect(recorded.statements.filter((s) => s.name === "pool").length).toBeGreaterThan(recorded.snapshots.length);
  });

  it("reads a large batch as several statements of bounded rows, never one read of everything", async () => {
    const list = await problemsToMatch();
    const recorded = recordingRepo(problemsRepo(db));
    const matching = matchingService(recorded.repo, problemsService(recorded.repo));
    await matching.matchAll(list, { maxSize: 6, k: 3, batchSize: 5 });
    // One snapshot per batch of five problems, each asking only for its own problems' technologies and posters.
    expect(recorded.snapshots).toHaveLength(Math.ceil(list.length / 5));
    for (const [b, snapshot] of recorded.snapshots.entries()) {
      const batch = list.slice(b * 5, b * 5 + 5);
      expect(new Set(snapshot.techs)).toEqual(new Set(batch.flatMap((p) => p.requires.map((r) => r.id))));
    }
    const pages = recorded.statements.filter((s) => s.name === "pool");
    const members = recorded.statements.filter((s) => s.name === "members");
    expect(members).toHaveLength(recorded.snapshots.length);
    // Every page of details holds at most PAGE organisations, and together the pages hold every member.
    expect(Math.max(...pages.map((p) => p.rows))).toBeLessThanOrEqual(PAGE);
    expect(pages.reduce((sum, p) => sum + p.rows, 0)).toBe(members.reduce((sum, m) => sum + m.rows, 0));
    expect(pages.length).toBeGreaterThanOrEqual(2 * recorded.snapshots.length);
  });
});
