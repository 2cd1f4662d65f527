import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NeighborsQuery } from "../../server/contracts/graph";
import type { Database } from "../../server/db/database";
import { graphRepo } from "../../server/features/graph/graph.repo";
import { graphService, neighborsByRings } from "../../server/features/graph/graph.service";
import { testDb } from "../setup/test-db";

// A depth-1 expansion is one statement (cypher/graph/neighbors-one-ring.cypher); deeper ones go ring by ring.
// For depth 1 in full (detail=full; neighbors-lean.test.ts compares the lean answer with it) both must give the
// same answer: the same nodes in the same order (most connected first, ties by id), the same links and the same
// total, on every seeded node and with each filter and page.
let db: Database;
beforeAll(() => {
  db = testDb();
});
afterAll(async () => {
  await db.close();
});

const VARIANTS: Partial<NeighborsQuery>[] = [
  {},
  { types: ["COLLABORATES_WITH", "SUPPLIES"] },
  { kinds: ["Enterprise", "University"] },
  { skip: 2, limit: 3 },
  { types: ["HAS_CAPABILITY"], limit: 5 },
];
const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

describe("depth-1 neighbours in one statement", () => {
  it("equals the ring-by-ring answer on every seeded node, with filters and pages", async () => {
    const repo = graphRepo(db);
    const service = graphService(repo, async () => []);
    const result = await db.readTx((tx) => tx.raw("MATCH (n:Entity) RETURN n.id AS id ORDER BY id"));
    const ids = result.records.map((r) => String(r.get("id")));
    expect(ids.length).toBeGreaterThan(50);
    let compared = 0;
    let truncated = 0;
    for (const id of ids)
      for (const variant of VARIANTS) {
        const query: NeighborsQuery = { depth: 1, limit: 100, skip: 0, detail: "full", ...variant };
        const one = await service.neighbors(id, query);
        const rings = await repo.read((reads) => neighborsByRings(reads, id, query));
        expect(one.nodes, `${id} ${JSON.stringify(variant)}`).toEqual(rings.nodes);
        expect(byId(one.links)).toEqual(byId(rings.links));
        if (rings.nodes.length > 1) expect(one.meta).toEqual(rings.meta);
        else {
          // An empty page (skip past the end): ring by ring reads the total from the page's rows, so it said 0;
          // the one statement counts the ring apart and still says how many there are.
          const first = await service.neighbors(id, { ...query, skip: 0 });
          expect(one.meta).toEqual({ truncated: false, total: first.meta?.total });
        }
        compared++;
        if (one.meta?.truncated) truncated++;
      }
    expect(compared).toBe(ids.length * VARIANTS.length);
    expect(truncated).toBeGreaterThan(0); // the pages were really cut somewhere
  });

  it("an unknown node is NOT_FOUND, as before", async () => {
    const service = graphService(graphRepo(db), async () => []);
    await expect(
      service.neighbors("ent:no-such-node", { depth: 1, limit: 10, skip: 0, detail: "lean" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
