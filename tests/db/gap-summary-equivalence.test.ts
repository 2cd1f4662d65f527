// The all-chains labels (GET /api/chains/gaps) come from per-segment aggregates read in Cypher
// (cypher/chains/segment-facts.cypher, decision 042). They must equal the rules run over every organisation and
// link (the old summary, kept as summaryByRules) and each chain's own report, on the seed AND on a synthetic
// graph twisted to reach every rule's corner: unknown `local`, talks/co-hosting ties, organisations in two
// segments, cross-chain and self FEEDS, dropped supply links. And the cached summary is read anew after a write.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GapsSummaryResponse } from "../../server/contracts/chains";
import { seededRandom } from "../../server/contracts/random";
import type { Database } from "../../server/db/database";
import { chainsRepo } from "../../server/features/chains/chains.repo";
import { chainsService } from "../../server/features/chains/chains.service";
import { loadInBatches } from "../../seed/load";
import { linkId } from "../../seed/schema";
import { syntheticDataset } from "../../seed/synthetic";
import { startTestApp, testDb, type RunningApp } from "../setup/test-db";

let db: Database;
beforeAll(() => {
  db = testDb();
});
afterAll(async () => {
  await removeSynthetic();
  await db.close();
});

const removeSynthetic = () =>
  db.writeTx((tx) => tx.raw("MATCH (n:Entity) WHERE n.id STARTS WITH 'syn:' DETACH DELETE n"));

/** A small synthetic graph (a few organisations per segment, so every label occurs) with the rules' corners. */
function twistedDataset() {
  const data = syntheticDataset({ orgs: 260, seed: 11, segmentsPerChain: 8 });
  const random = seededRandom(5);
  const nodes = data.nodes.map((node) => {
    if (node.local === undefined || random() > 0.12) return node;
    const { local: _unknown, ...rest } = node;
    return rest;
  });
  const links = data.links
    .filter((link) => link.type !== "SUPPLIES" || random() > 0.45)
    .map((link) =>
      link.type === "COLLABORATES_WITH" && random() < 0.3
        ? { ...link, props: { ...link.props, kind: random() < 0.5 ? "talks" : "co-hosting" } }
        : link,
    );
  const extra: Omit<(typeof links)[number], "id">[] = [];
  const prov = links[0]!.prov;
  const placed = links.filter((l) => l.type === "IN_SEGMENT");
  for (const link of placed) {
    // Some organisations also work in the next segment of their chain (vertical integration).
    const [, chain, order] = /^syn:seg-(\d+)-(\d+)$/.exec(link.to)!;
    if (random() < 0.12 && Number(order) < 8)
      extra.push({ type: "IN_SEGMENT", from: link.from, to: `syn:seg-${chain}-${Number(order) + 1}`, prov });
  }
  extra.push(
    { type: "FEEDS", from: "syn:seg-000-8", to: "syn:seg-001-1", prov }, // across chains
    { type: "FEEDS", from: "syn:seg-002-3", to: "syn:seg-002-3", prov }, // a self-loop says nothing
    { type: "FEEDS", from: "syn:seg-003-5", to: "syn:seg-003-2", prov }, // a cycle
  );
  // A supply link the "wrong" way (downstream → upstream) still counts.
  const [a, b] = placed.filter((l) => l.to === "syn:seg-004-2" || l.to === "syn:seg-004-3");
  if (a && b) extra.push({ type: "SUPPLIES", from: b.from, to: a.from, key: "reverse", prov });
  return { nodes, links: [...links, ...extra.map((link) => ({ ...link, id: linkId(link) }))] };
}

const statuses = (summary: GapsSummaryResponse) =>
  new Set(summary.chains.flatMap((c) => c.segments.map((s) => s.status)));

async function expectSameAsRulesAndReports(summary: GapsSummaryResponse) {
  const service = chainsService(chainsRepo(db));
  expect(summary).toEqual(await service.summaryByRules());
  for (const { chain, segments, counts } of summary.chains) {
    const report = await service.gaps(chain.id);
    expect(report.counts, chain.id).toEqual(counts);
    expect(
      report.segments.map((s) => ({
        id: s.id,
        status: s.status,
        reasons: s.reasons,
        counts: {
          enterprises: s.enterprises.length,
          research: s.research.length,
          nonLocal: s.evidence.nonLocal.length,
        },
      })),
      chain.id,
    ).toEqual(segments.map((s) => ({ id: s.id, status: s.status, reasons: s.reasons, counts: s.counts })));
  }
}

describe("the all-chains labels from aggregates", () => {
  it("equal the rules over every organisation, and each chain's report, on the seed", async () => {
    const summary = await chainsService(chainsRepo(db)).summary();
    expect(summary.chains).toHaveLength(7);
    expect([...statuses(summary)].sort()).toEqual(["broken", "missing", "strong", "weak"]);
    await expectSameAsRulesAndReports(summary);
  });

  it("equal them on a synthetic graph with every rule's corner", async () => {
    await removeSynthetic();
    await loadInBatches(db, twistedDataset());
    const summary = await chainsService(chainsRepo(db)).summary();
    const synthetic = summary.chains.filter((c) => c.chain.id.startsWith("syn:"));
    expect(synthetic).toHaveLength(7);
    const reasons = new Set(synthetic.flatMap((c) => c.segments.flatMap((s) => s.reasons)));
    // The twists reach the corners (else this test would prove less than it says).
    for (const reason of ["research-only", "single-source", "no-neighbour-link", "vertical-integration"])
      expect(reasons, reason).toContain(reason);
    expect(synthetic.some((c) => c.segments.some((s) => s.counts.nonLocal > 0))).toBe(true);
    await expectSameAsRulesAndReports(summary);
  });
});

describe("the cached all-chains labels", () => {
  const SEG = "seg:power-semi:sic-substrate-epi";
  const ORG = "test:labels-cache-firm";
  const segment = (summary: GapsSummaryResponse) =>
    summary.chains.flatMap((c) => c.segments).find((s) => s.id === SEG)!;
  const settle = () =>
    db.writeTx((tx) =>
      tx.raw(
        `MATCH (s:Segment {id: $seg})
         CREATE (o:Entity:Org:Enterprise {id: $org, kind: 'Enterprise', name: '缓存测试企业', local: true})-[:IN_SEGMENT]->(s)`,
        { seg: SEG, org: ORG },
      ),
    );
  const unsettle = () => db.writeTx((tx) => tx.raw("MATCH (o:Entity {id: $org}) DETACH DELETE o", { org: ORG }));

  it("is served from the cache until this process writes, then read anew", async () => {
    const service = chainsService(chainsRepo(db), {
      generation: () => db.generation,
      cache: { ttlMs: 600_000, maxEntries: 1, maxBytes: 1e9 },
    });
    const first = await service.summary();
    expect(await service.summary()).toBe(first); // the same object: nothing was read
    expect(segment(first)).toMatchObject({ status: "missing", counts: { enterprises: 0 } });
    try {
      await settle();
      const after = await service.summary();
      expect(after).not.toBe(first);
      expect(segment(after)).toMatchObject({
        status: "weak",
        reasons: ["single-source", "no-enterprise-capability"],
        counts: { enterprises: 1 },
      });
    } finally {
      await unsettle();
    }
    expect(segment(await service.summary())).toMatchObject({ status: "missing", counts: { enterprises: 0 } });
  });

  it("GET /api/chains/gaps shows a write at once (the app's cache follows the write generation)", async () => {
    const app: RunningApp = await startTestApp();
    try {
      const before = await app.get("/api/chains/gaps");
      expect(segment(before.body).status).toBe("missing");
      await settle();
      const after = await app.get("/api/chains/gaps");
      expect(segment(after.body)).toMatchObject({ status: "weak", counts: { enterprises: 1 } });
    } finally {
      await unsettle();
      await app.close();
    }
  });
});
