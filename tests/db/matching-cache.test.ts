import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProblemCreate } from "../../server/contracts/problems";
import type { Database } from "../../server/db/database";
import { matchingService } from "../../server/features/problems/matching.service";
import { problemsRepo, type ProblemsRepo } from "../../server/features/problems/problems.repo";
import { problemsService } from "../../server/features/problems/problems.service";
import { mergeLinks, mergeNodes } from "../../server/shared/graph-upserts";
import { loadInBatches } from "../../seed/load";
import { linkRow, nodeRow } from "../../seed/rows";
import { linkId, type SeedLink, type SeedNode } from "../../seed/schema";
import { testDb } from "../setup/test-db";

// Matching snapshots are kept by write generation (decision 046): read once while nothing is written, read
// again after any write of this process, and never answering differently from a fresh read. A small graph of
// its own (a technology only its organisations hold), so no other test file sees or changes what this one counts.
const PROV = { source: "illustrative" as const, basis: "editorial" as const, asOf: null, note: "matching-cache test" };
const TECH = "test:mc-tech";
const org = (id: string, kind: "Enterprise" | "University"): SeedNode => ({
  id,
  kind,
  name: `缓存测试${id.slice(-1)}`,
  local: true,
  prov: PROV,
});
const holds = (from: string): SeedLink & { id: string } => {
  const link = { type: "HAS_CAPABILITY" as const, from, to: TECH, props: { level: 2 }, prov: PROV };
  return { ...link, id: linkId(link) };
};
const remove = (db: Database) =>
  db.writeTx((tx) =>
    tx.raw(
      "MATCH (n:Entity) WHERE n.id STARTS WITH 'test:mc-' OR (n:Problem AND n.name = '缓存测试榜单') DETACH DELETE n",
    ),
  );

let db: Database;
let problemId: string;
beforeAll(async () => {
  db = testDb();
  await remove(db);
  await loadInBatches(db, {
    nodes: [
      { id: TECH, kind: "Technology", name: "缓存测试技术", prov: PROV },
      org("test:mc-a", "Enterprise"),
      org("test:mc-b", "University"),
    ],
    links: [holds("test:mc-a"), holds("test:mc-b")],
  });
  const created = await problemsService(problemsRepo(db)).create(
    ProblemCreate.parse({
      name: "缓存测试榜单",
      statement: "测试用：只有本文件的机构掌握所需技术。",
      poster: "test:mc-a",
      requires: [{ tech: TECH, weight: 2 }],
      budget: 10,
      selfFundingRatio: 1,
      deadline: "2027-12-31",
      leadKinds: ["Enterprise"],
    }),
  );
  problemId = created.id;
});
afterAll(async () => {
  await remove(db);
  await db.close();
});

/** The real repo, counting its snapshot reads (no stand-in for the database). */
function countingRepo(on: Database, cache?: { ttlMs: number }) {
  const repo = problemsRepo(on);
  const counter = { reads: 0 };
  const counted: ProblemsRepo = {
    ...repo,
    snapshot: (...args) => {
      counter.reads++;
      return repo.snapshot(...args);
    },
  };
  return {
    counter,
    service: matchingService(counted, problemsService(counted), { generation: () => on.generation, cache }),
  };
}
const solverIds = (answer: { solvers: { id: string }[] }) => answer.solvers.map((s) => s.id).sort();

describe("matching snapshots kept by write generation", () => {
  it("reads once for a problem's candidates, consortia and what-if while nothing is written, with the same answers", async () => {
    const { counter, service } = countingRepo(db);
    const uncached = matchingService(problemsRepo(db), problemsService(problemsRepo(db)));
    const build = { k: 3, maxSize: 4, rules: {} };
    expect(await service.candidates(problemId, 50)).toEqual(await uncached.candidates(problemId, 50));
    expect(await service.build(problemId, build)).toEqual(await uncached.build(problemId, build));
    expect(await service.candidates(problemId, 10)).toEqual(await uncached.candidates(problemId, 10));
    expect(counter.reads).toBe(1);
    // A what-if of members already among the seeds reads the same snapshot; other members are seeds of their own
    // (they join the pool without their neighbours), so another snapshot.
    await service.evaluate(problemId, { members: ["test:mc-a"], maxSize: 4, rules: {} });
    expect(counter.reads).toBe(1);
    await service.evaluate(problemId, { members: ["test:mc-a", "test:mc-b"], maxSize: 4, rules: {} });
    expect(counter.reads).toBe(2);
  });

  it("reads again after a write of this process and shows what was written", async () => {
    const { counter, service } = countingRepo(db);
    expect(solverIds(await service.candidates(problemId, 50))).toEqual(["test:mc-a", "test:mc-b"]);
    await loadInBatches(db, { nodes: [org("test:mc-c", "Enterprise")], links: [holds("test:mc-c")] });
    expect(solverIds(await service.candidates(problemId, 50))).toEqual(["test:mc-a", "test:mc-b", "test:mc-c"]);
    expect(counter.reads).toBe(2);
    await service.candidates(problemId, 50);
    expect(counter.reads).toBe(2);
  });

  it("shares one read between concurrent calls", async () => {
    const { counter, service } = countingRepo(db);
    await Promise.all([
      service.candidates(problemId, 50),
      service.build(problemId, { k: 2, maxSize: 3, rules: {} }),
      service.candidates(problemId, 5),
    ]);
    expect(counter.reads).toBe(1);
  });

  it("sees another process's write once the entry's time is up, and reads every time with the cache off", async () => {
    const kept = countingRepo(db, { ttlMs: 60_000 });
    const expiring = countingRepo(db, { ttlMs: 300 });
    const before = solverIds(await kept.service.candidates(problemId, 50));
    expect(solverIds(await expiring.service.candidates(problemId, 50))).toEqual(before);
    // Another process's write: through the bare driver, outside writeTx, so this process's generation stays put
    // (every Database in this process shares one generation, as it should).
    const generation = db.generation;
    const d = org("test:mc-d", "University");
    await db.driver.executeQuery(mergeNodes.text, { rows: [nodeRow(d)] });
    await db.driver.executeQuery(mergeLinks.text, { rows: [linkRow(holds(d.id))] });
    expect(db.generation).toBe(generation);
    // Within its 60 s the kept snapshot is still served: the documented bound on other processes' writes.
    expect(solverIds(await kept.service.candidates(problemId, 50))).toEqual(before);
    expect(kept.counter.reads).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(solverIds(await expiring.service.candidates(problemId, 50))).toEqual([...before, d.id].sort());
    expect(expiring.counter.reads).toBe(2);

    const off = countingRepo(db, { ttlMs: 0 });
    await off.service.candidates(problemId, 50);
    await off.service.candidates(problemId, 50);
    expect(off.counter.reads).toBe(2);
  });
});
