import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type RunningApp } from "../setup/test-db";

// A hub with more neighbours than one page: the ring must still be the most connected first (ties by id),
// paged without gaps or overlap, with the whole ring's size as the total.
const HUB = "ent:t44-hub";
const LEAVES = 130;
const leafId = (i: number) => `ent:t44-leaf-${String(i).padStart(3, "0")}`;
/** Leaf i is tied to the hub and to i % 4 anchors, so degrees repeat and the id decides among equals. */
const extras = (i: number) => i % 4;

let app: RunningApp;
const remove = () =>
  app.db.writeTx((tx) => tx.raw("MATCH (n:Entity) WHERE n.id STARTS WITH 'ent:t44-' DETACH DELETE n"));
beforeAll(async () => {
  app = await startTestApp();
  await remove();
  await app.db.writeTx(async (tx) => {
    const prov = "n.source = 'illustrative', n.basis = 'editorial', n.asOf = '2026-12-06'";
    await tx.raw(`CREATE (n:Entity:Technology {id: $id, kind: 'Technology', name: '测试枢纽'}) SET ${prov}`, {
      id: HUB,
    });
    await tx.raw(
      `UNWIND range(0, 3) AS a CREATE (n:Entity:Org {id: 'ent:t44-anchor-' + a, kind: 'Enterprise', name: '锚点' + a}) SET ${prov}`,
    );
    await tx.raw(
      `UNWIND $leaves AS leaf
       MATCH (hub:Entity {id: $hub})
       CREATE (n:Entity:Org {id: leaf.id, kind: 'Enterprise', name: '叶' + leaf.id}) SET ${prov}
       CREATE (n)-[:HAS_CAPABILITY {id: leaf.id + '-cap', source: 'illustrative', basis: 'editorial'}]->(hub)
       WITH n, leaf
       UNWIND range(0, leaf.extras - 1) AS a
       MATCH (anchor:Entity {id: 'ent:t44-anchor-' + a})
       CREATE (n)-[:COLLABORATES_WITH {id: leaf.id + '-co-' + a, source: 'illustrative', basis: 'editorial'}]->(anchor)`,
      {
        hub: HUB,
        leaves: Array.from({ length: LEAVES }, (_, i) => ({ id: leafId(i), extras: extras(i) })),
      },
    );
  });
});
afterAll(async () => {
  await remove();
  await app.close();
});

const expected = Array.from({ length: LEAVES }, (_, i) => ({ id: leafId(i), degree: 1 + extras(i) })).sort(
  (a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1),
);

describe("neighbours of a node with more neighbours than the limit", () => {
  it("returns the most connected first, pages without gaps, and reports the whole ring", async () => {
    const url = `/api/nodes/${encodeURIComponent(HUB)}/neighbors?depth=1`;
    const first = await app.get(`${url}&limit=100`);
    expect(first.status).toBe(200);
    expect(first.body.nodes[0].id).toBe(HUB);
    expect(first.body.nodes[0].capabilities).toBe(LEAVES);
    expect(first.body.nodes.slice(1).map((n: { id: string }) => n.id)).toEqual(expected.slice(0, 100).map((e) => e.id));
    expect(first.body.meta).toMatchObject({ truncated: true, total: LEAVES });
    // Every shown leaf comes with its link to the hub, and nothing links to a node that is not shown.
    const shown = new Set(first.body.nodes.map((n: { id: string }) => n.id));
    const toHub = first.body.links.filter((l: { target: string }) => l.target === HUB);
    expect(toHub).toHaveLength(100);
    for (const link of first.body.links) expect(shown.has(link.source) && shown.has(link.target)).toBe(true);

    const rest = await app.get(`${url}&limit=100&skip=100`);
    expect(rest.body.nodes.slice(1).map((n: { id: string }) => n.id)).toEqual(expected.slice(100).map((e) => e.id));
    expect(rest.body.meta).toMatchObject({ truncated: false, total: LEAVES });

    const kindsFiltered = await app.get(`${url}&limit=5&kinds=Technology`);
    expect(kindsFiltered.body.nodes).toHaveLength(1);
    expect(kindsFiltered.body.meta.total).toBe(0);
  });
});
