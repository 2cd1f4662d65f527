import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type RunningApp } from "../setup/test-db";

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const PS = "chain:power-semi";
const seg = (body: any, id: string) => body.segments.find((s: { id: string }) => s.id === id);
const countEntities = async () => {
  const result = await app.db.readTx((tx) => tx.raw("MATCH (n:Entity) RETURN count(n) AS n, COUNT { ()-[]->() } AS r"));
  return [Number(result.records[0]!.get("n")), Number(result.records[0]!.get("r"))];
};

describe("GET /api/chains", () => {
  it("lists the seven seeded chains with segments in flow order", async () => {
    const { status, body } = await app.get("/api/chains");
    expect(status).toBe(200);
    expect(body.chains).toHaveLength(7);
    const ps = body.chains.find((c: { id: string }) => c.id === PS);
    expect(ps.name).toBe("功率半导体产业链");
    expect(ps.segments.map((s: { order: number }) => s.order)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(seg(ps, "seg:power-semi:sic-substrate-epi")).toMatchObject({
      stage: "UP",
      techs: ["tech:sic", "tech:sic-substrate-epi"],
    });
  });
});

describe("GET /api/chains/:id/gaps", () => {
  it("labels the power-semiconductor chain with reasons and evidence from the data", async () => {
    const { status, body } = await app.get(`/api/chains/${PS}/gaps`);
    expect(status).toBe(200);
    expect(body.chain).toEqual({ id: PS, name: "功率半导体产业链", nameEn: "Power semiconductor chain" });
    const sic = seg(body, "seg:power-semi:sic-substrate-epi");
    expect(sic).toMatchObject({ status: "missing", reasons: ["no-local-enterprise"], enterprises: [], research: [] });
    expect(sic.evidence.nonLocal).toEqual(["ent:sanan-hunan"]); // 湖南三安 is in Changsha: ignored, but a 招商 target
    expect(sic.remedies.find((r: { orgId: string }) => r.orgId === "ent:sanan-hunan")).toMatchObject({
      kind: "attract",
      strategy: "fill",
    });
    // coverage first (decision 014): 湖南三安, the only holder of 衬底与外延 technology, ranks above 德智新材
    // (local, adjacent, holds none of the segment's technologies) although 德智新材 scores more
    const remedies = sic.remedies as { orgId: string; score: number; basis: { techs: string[] } }[];
    const order = remedies.map((r) => r.orgId);
    expect(order.indexOf("ent:sanan-hunan")).toBeGreaterThanOrEqual(0);
    expect(order.indexOf("ent:sanan-hunan")).toBeLessThan(order.indexOf("ent:dezhi-new-materials"));
    const held = remedies.map((r) => r.basis.techs.length > 0);
    expect(held.slice(held.indexOf(false))).not.toContain(true);
    const design = seg(body, "seg:power-semi:chip-design");
    expect(design).toMatchObject({ status: "weak", reasons: ["single-source"], enterprises: ["ent:crrc-times-semi"] });
    expect(design.spofDetail).toEqual([{ orgId: "ent:crrc-times-semi", effects: expect.arrayContaining(["missing"]) }]);
    const materials = seg(body, "seg:power-semi:materials-equipment");
    expect(materials.status).toBe("strong");
    expect(materials.evidence.links).toContainEqual({
      source: "ent:hunan-yuemo",
      target: "ent:crrc-times-semi",
      type: "SUPPLIES",
      provenance: expect.objectContaining({ source: "public", basis: "inferred", url: expect.any(String) }),
    });
    // its strength rests only on supply links whose customer the editors inferred: the report says so
    expect(materials.evidence.inferredOnly).toBe(true);
    // segments with at least one stated link carry no such flag (the rail chain has plenty)
    const rail = (await app.get(`/api/chains/${encodeURIComponent("chain:rail")}/gaps`)).body;
    type Seg = { evidence: { links: { provenance: { basis?: string } }[]; inferredOnly?: boolean } };
    const withStated = [...body.segments, ...rail.segments].filter((s: Seg) =>
      s.evidence.links.some((l) => l.provenance.basis === "stated"),
    );
    expect(withStated.length).toBeGreaterThan(0);
    expect(withStated.every((s: Seg) => s.evidence.inferredOnly === undefined)).toBe(true);
    // cross-chain FEEDS neighbour (封装 → 轨交关键系统) is part of the evidence
    const packaging = seg(body, "seg:power-semi:packaging-modules");
    expect(packaging.evidence.neighbours).toContainEqual({
      id: "seg:rail:key-systems",
      name: expect.any(String),
      nameEn: expect.any(String),
      chainId: "chain:rail",
      direction: "down",
    });
    // 国创越摩 (RF-module packaging, issue 13) is no longer placed in power-device packaging: that segment is weak
    expect(body.counts).toEqual({ missing: 1, weak: 2, broken: 1, strong: 3 });
  });

  it("names every organisation it mentions, with provenance, and says who holds the chain together", async () => {
    const { body } = await app.get(`/api/chains/${PS}/gaps`);
    const named = new Set(body.orgs.map((o: { id: string }) => o.id));
    for (const s of body.segments) {
      for (const id of [
        ...s.enterprises,
        ...s.research,
        ...s.spof,
        ...s.evidence.nonLocal,
        ...s.remedies.map((r: { orgId: string }) => r.orgId),
      ]) {
        expect(named.has(id)).toBe(true);
      }
    }
    expect(body.orgs.find((o: { id: string }) => o.id === "ent:crrc-times-semi")).toMatchObject({
      kind: "Enterprise",
      local: true,
      provenance: { source: expect.any(String) },
    });
    expect(body.holders.articulation).toContain("ent:crrc-times-semi");
    expect(body.holders.betweenness[0].orgId).toBe("ent:crrc-times-semi");
  });

  it("answers for a chain without segments (empty report, no holders)", async () => {
    const id = "chain:test-gaps-empty";
    await app.db.writeTx((tx) =>
      tx.raw(
        "CREATE (:Entity:Chain {id: $id, kind: 'Chain', name: '空链', source: 'import', file: 'test', asOf: '2026-01-01'})",
        { id },
      ),
    );
    try {
      const { status, body } = await app.get(`/api/chains/${id}/gaps`);
      expect(status).toBe(200);
      expect(body).toMatchObject({
        chain: { id, name: "空链" },
        counts: { missing: 0, weak: 0, broken: 0, strong: 0 },
        segments: [],
        holders: { articulation: [], betweenness: [] },
        orgs: [],
      });
      expect((await app.get("/api/chains")).body.chains.find((c: { id: string }) => c.id === id).segments).toEqual([]);
    } finally {
      await app.db.writeTx((tx) => tx.raw("MATCH (c:Entity {id: $id}) DETACH DELETE c", { id }));
    }
  });

  it.each([
    ["/api/chains/chain:no-such/gaps", 404, "NOT_FOUND"],
    ["/api/chains/a%20b/gaps", 400, "VALIDATION_FAILED"],
    ["/api/chains/chain:no-such/gaps.csv", 404, "NOT_FOUND"],
  ])("%s → %i", async (path, status, code) => {
    const response = await app.get(path);
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
  });
});

describe("GET /api/chains/gaps (all chains)", () => {
  it("agrees with the per-chain reports", async () => {
    const { status, body } = await app.get("/api/chains/gaps");
    expect(status).toBe(200);
    expect(body.chains).toHaveLength(7);
    for (const entry of body.chains) {
      const one = await app.get(`/api/chains/${entry.chain.id}/gaps`);
      expect(
        entry.segments.map((s: { id: string; status: string; reasons: string[] }) => [s.id, s.status, s.reasons]),
      ).toEqual(
        one.body.segments.map((s: { id: string; status: string; reasons: string[] }) => [s.id, s.status, s.reasons]),
      );
      expect(entry.counts).toEqual(one.body.counts);
      expect(entry.segments.map((s: { counts: { enterprises: number } }) => s.counts.enterprises)).toEqual(
        one.body.segments.map((s: { enterprises: string[] }) => s.enterprises.length),
      );
    }
  });
});

describe("POST /api/chains/:id/whatif", () => {
  it("shows which labels change when 中车时代半导体 is removed, and writes nothing", async () => {
    const before = await countEntities();
    const { status, body } = await app.send("POST", `/api/chains/${PS}/whatif`, {
      removeOrgs: ["ent:crrc-times-semi"],
    });
    expect(status).toBe(200);
    const changes = Object.fromEntries(
      body.changes.map((c: { id: string; from: string; to: string }) => [c.id, `${c.from}→${c.to}`]),
    );
    expect(changes).toEqual({
      "seg:power-semi:materials-equipment": "strong→broken", // its three suppliers only supply 时代半导体
      "seg:power-semi:chip-design": "weak→missing",
      "seg:power-semi:wafer-fab": "strong→weak", // 时代电气 alone
      "seg:power-semi:packaging-modules": "weak→missing", // 时代半导体 was its only local firm
    });
    expect(await countEntities()).toEqual(before);
    expect(seg((await app.get(`/api/chains/${PS}/gaps`)).body, "seg:power-semi:chip-design").status).toBe("weak");
  });

  it("grants a capability to an organisation outside the chain (a local university → research-only)", async () => {
    const { status, body } = await app.send("POST", `/api/chains/${PS}/whatif`, {
      addCapabilities: [{ orgId: "uni:hut", techId: "tech:sic-substrate-epi" }],
    });
    expect(status).toBe(200);
    expect(body.changes).toEqual([
      {
        id: "seg:power-semi:sic-substrate-epi",
        from: "missing",
        to: "missing",
        reasonsBefore: ["no-local-enterprise"],
        reasonsAfter: ["no-local-enterprise", "research-only"],
      },
    ]);
  });

  it("settles the 招商 target 湖南三安 locally in the missing SiC substrate segment (补链), and writes nothing", async () => {
    const before = await countEntities();
    const { status, body } = await app.send("POST", `/api/chains/${PS}/whatif`, {
      settle: [{ orgId: "ent:sanan-hunan", segmentId: "seg:power-semi:sic-substrate-epi" }],
    });
    expect(status).toBe(200);
    const change = body.changes.find((c: { id: string }) => c.id === "seg:power-semi:sic-substrate-epi");
    expect(change).toMatchObject({ from: "missing", to: "weak" });
    expect(change.reasonsAfter).toContain("single-source");
    expect(await countEntities()).toEqual(before);
    expect(seg((await app.get(`/api/chains/${PS}/gaps`)).body, "seg:power-semi:sic-substrate-epi").status).toBe(
      "missing",
    );
  });

  it.each([
    [{ settle: [{ orgId: "ent:sanan-hunan", segmentId: "seg:rail:traction" }] }, "settle.0.segmentId"],
    [{ settle: [{ orgId: "tech:sic", segmentId: "seg:power-semi:sic-substrate-epi" }] }, "settle.0.orgId"],
    [{ removeOrgs: ["ent:nope"] }, "removeOrgs.0"],
    [{ addCapabilities: [{ orgId: "ent:zcc", techId: "ent:oke" }] }, "addCapabilities.0.techId"],
    [{ addCapabilities: [{ orgId: "tech:sic", techId: "tech:sic" }] }, "addCapabilities.0.orgId"],
    [{ removeOrg: ["ent:zcc"] }, "removeOrg"],
  ])("rejects %j naming %s", async (payload, field) => {
    const { status, body } = await app.send("POST", `/api/chains/${PS}/whatif`, payload);
    expect(status).toBe(400);
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(body.error.message).toContain(field);
  });
});

describe("GET /api/chains/:id/gaps.csv", () => {
  const FORMULA = "ent:test-gaps-formula";
  afterAll(async () => {
    await app.db.writeTx((tx) => tx.raw("MATCH (n:Entity {id: $id}) DETACH DELETE n", { id: FORMULA }));
  });

  it("exports one row per segment with a BOM, and neutralises formula-like names", async () => {
    await app.db.writeTx((tx) =>
      tx.raw(
        `MATCH (s:Segment {id: 'seg:power-semi:sic-substrate-epi'})
         CREATE (o:Entity:Org:Enterprise {id: $id, kind: 'Enterprise', name: '=HYPERLINK("http://evil")', local: true, source: 'import', file: 'test', asOf: '2026-01-01'})
         CREATE (o)-[:IN_SEGMENT {id: 'IN_SEGMENT:' + $id}]->(s)`,
        { id: FORMULA },
      ),
    );
    const response = await fetch(`${app.url}/api/chains/${PS}/gaps.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(response.headers.get("content-disposition")).toContain("gaps-chain-power-semi.csv");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const lines = text.trim().split("\r\n");
    expect(lines).toHaveLength(1 + 7);
    const sic = lines.find((l) => l.includes("seg:power-semi:sic-substrate-epi"))!;
    expect(sic).toContain(`"'=HYPERLINK(""http://evil"") (${FORMULA})`);
    expect(sic).toContain('"weak 弱链"');
  });
});
