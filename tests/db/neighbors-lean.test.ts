import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphLink } from "../../server/contracts/common";
import type { NeighborsQuery, ViewNode } from "../../server/contracts/graph";
import type { Database } from "../../server/db/database";
import { graphRepo } from "../../server/features/graph/graph.repo";
import { graphService } from "../../server/features/graph/graph.service";
import { testDb } from "../setup/test-db";

// A neighbour expansion is lean by default (decision 045): the fields GET /api/graph's lean view carries, read as
// flat columns. On every seeded node, at depth 1–3, with filters and pages, it must be the full answer
// (detail=full) cut down to those fields: the same nodes in the same order, the same links, the same totals.
let db: Database;
beforeAll(() => {
  db = testDb();
});
afterAll(async () => {
  await db.close();
});

const DRAWN_PROPS = ["aliases", "district", "chainId", "order", "stage"];
const PROVENANCE_KINDS = ["source", "basis", "tier", "asOf", "uncertain"];
const pick = (from: Record<string, unknown>, keys: string[]) =>
  Object.fromEntries(keys.filter((k) => from[k] !== undefined).map((k) => [k, from[k]]));

/** A full node cut down to the lean fields (written out here, not graph-lean.ts's mapper, so that it checks it). */
const projectNode = (n: ViewNode) => ({
  id: n.id,
  kind: n.kind,
  name: n.name,
  ...(n.nameEn !== undefined ? { nameEn: n.nameEn } : {}),
  degree: n.degree,
  capabilities: n.capabilities,
  props: pick(n.props, DRAWN_PROPS),
  provenance: pick(n.provenance, PROVENANCE_KINDS),
});
const projectLink = (l: GraphLink) => ({
  id: l.id,
  source: l.source,
  target: l.target,
  type: l.type,
  props: pick(l.props, ["kind"]),
  provenance: pick(l.provenance, PROVENANCE_KINDS),
});
const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

const DEPTH_1: Partial<NeighborsQuery>[] = [
  {},
  { types: ["COLLABORATES_WITH", "SUPPLIES", "PART_OF"] },
  { kinds: ["Enterprise", "University", "Segment"] },
  { skip: 2, limit: 3 },
  { skip: 500 },
];
// Deeper expansions go ring by ring (neighbor-start, neighbor-ring, the links among them).
const DEEPER: Partial<NeighborsQuery>[] = [
  { depth: 2 },
  { depth: 3, kinds: ["Enterprise", "Technology", "Segment"], limit: 40 },
];

/** Compares lean with full for every id and variant; returns how many links and how many smaller answers. */
async function compare(ids: string[], variants: Partial<NeighborsQuery>[]) {
  const service = graphService(graphRepo(db), async () => []);
  let links = 0;
  let smaller = 0; // answers where lean really left something out (quotes, URLs, other properties)
  for (const id of ids)
    for (const variant of variants) {
      const query: NeighborsQuery = { depth: 1, limit: 100, skip: 0, detail: "lean", ...variant };
      const lean = await service.neighbors(id, query);
      const full = await service.neighbors(id, { ...query, detail: "full" });
      const label = `${id} ${JSON.stringify(variant)}`;
      expect(lean.nodes, label).toEqual(full.nodes.map(projectNode));
      expect(byId(lean.links), label).toEqual(byId(full.links.map(projectLink)));
      expect(lean.meta, label).toEqual(full.meta);
      links += lean.links.length;
      smaller += JSON.stringify(full).length > JSON.stringify(lean).length ? 1 : 0;
    }
  return { links, smaller };
}

async function seededIds(): Promise<string[]> {
  const result = await db.readTx((tx) => tx.raw("MATCH (n:Entity) RETURN n.id AS id ORDER BY id"));
  const ids = result.records.map((r) => String(r.get("id")));
  expect(ids.length).toBeGreaterThan(50);
  return ids;
}

// Generous time limits: these walk the whole seed, and the full suite runs files side by side on two cores.
describe("lean neighbours", () => {
  it("are the full answer cut down to the drawn fields, on every seeded node, with filters and pages", async () => {
    const ids = await seededIds();
    const { links, smaller } = await compare(ids, DEPTH_1);
    expect(links).toBeGreaterThan(100);
    expect(smaller).toBeGreaterThan(ids.length); // most answers really lost something
  }, 180_000);

  it("are the full answer cut down at depth 2 and 3 too (every third seeded node)", async () => {
    const ids = (await seededIds()).filter((_, i) => i % 3 === 0);
    const { links, smaller } = await compare(ids, DEEPER);
    expect(links).toBeGreaterThan(100);
    expect(smaller).toBeGreaterThan(ids.length);
  }, 180_000);

  it("leave out the property maps: no quotes, URLs or claims, and only the drawn properties", async () => {
    const service = graphService(graphRepo(db), async () => []);
    const query: NeighborsQuery = { depth: 1, limit: 100, skip: 0, detail: "lean" };
    const lean = await service.neighbors("chain:power-semi", query);
    const full = await service.neighbors("chain:power-semi", { ...query, detail: "full" });
    expect(full.nodes.some((n) => n.provenance.quote || n.provenance.url)).toBe(true);
    for (const n of lean.nodes) {
      expect(Object.keys(n.props).filter((k) => !DRAWN_PROPS.includes(k))).toEqual([]);
      expect(Object.keys(n.provenance).filter((k) => !PROVENANCE_KINDS.includes(k))).toEqual([]);
      expect(n.claims).toBeUndefined();
    }
    for (const l of lean.links)
      expect(Object.keys(l.provenance).filter((k) => !PROVENANCE_KINDS.includes(k))).toEqual([]);
  });
});
