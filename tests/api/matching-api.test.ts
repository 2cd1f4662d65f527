import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type RunningApp } from "../setup/test-db";

let app: RunningApp;
const created: string[] = [];
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  for (const id of created) await app.send("DELETE", `/api/problems/${encodeURIComponent(id)}`);
  await app.close();
});

const SEEDED = "prob:rail-green-power-device";
const build = (id: string, body: unknown) => app.send("POST", `/api/problems/${id}/consortia`, body);
const evaluate = (id: string, body: unknown) => app.send("POST", `/api/problems/${id}/consortia/evaluate`, body);

async function problem(overrides: Record<string, unknown>) {
  const { status, body } = await app.send("POST", "/api/problems", {
    name: "测试：无人能解的榜单",
    statement: "测试用：所需技术在图谱中无人掌握。",
    poster: "ent:crrc-zic",
    requires: [
      { tech: "tech:rail-green-power-supply", weight: 3 },
      { tech: "tech:solid-state-interface", weight: 2 },
    ],
    budget: 10,
    selfFundingRatio: 1,
    deadline: "2027-12-31",
    leadKinds: ["Enterprise"],
    ...overrides,
  });
  expect(status).toBe(201);
  created.push(body.id);
  return body.id as string;
}

describe("GET /api/problems/:id/candidates", () => {
  it("ranks solvers with readable components whose evidence exists in the graph", async () => {
    const { status, body } = await app.get(`/api/problems/${SEEDED}/candidates`);
    expect(status).toBe(200);
    expect(body.solvers.length).toBeGreaterThan(2);
    const total = body.requires.reduce((s: number, r: { weight: number }) => s + r.weight, 0);
    const evidence = new Set<string>();
    for (const c of body.solvers) {
      expect(c.components.coverage.weight).toBeGreaterThan(0);
      expect(c.components.coverage.score).toBeCloseTo(c.components.coverage.weight / total, 3);
      const recomputed = Object.entries(body.weights.solver).reduce(
        (s, [key, w]) => s + (w as number) * c.components[key].score,
        0,
      );
      expect(c.solverScore).toBeCloseTo(recomputed, 2);
      for (const part of Object.values(c.components) as { evidence: string[] }[])
        part.evidence.forEach((id) => evidence.add(id));
    }
    const scores = body.solvers.map((c: { solverScore: number }) => c.solverScore);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const found = await app.db.readTx((tx) =>
      tx.raw("UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN count(n) AS n", { ids: [...evidence] }),
    );
    expect(found.records[0]!.get("n")).toBe(evidence.size);
  });

  it("ranks possible leads, with the poster at distance 0 and direct ties named", async () => {
    const { body } = await app.get(`/api/problems/${SEEDED}/candidates?limit=200`);
    expect(body.leads.every((c: { canLead: boolean }) => c.canLead)).toBe(true);
    const poster = body.leads.find((c: { id: string }) => c.id === "ent:crrc-zic");
    expect(poster.components.proximity).toMatchObject({ hops: 0, isPoster: true, score: 1 });
    const tied = body.leads.find((c: { id: string }) => c.id === "ent:crrc-times-electric");
    expect(tied.components.proximity.hops).toBe(1);
    expect(tied.components.proximity.directTies.length).toBeGreaterThan(0);
    expect(body.uncoverable).toEqual(["tech:rail-green-power-supply"]);
  });

  it("404s an unknown problem and 400s a bad limit", async () => {
    expect((await app.get("/api/problems/prob:nope/candidates")).status).toBe(404);
    expect((await app.get(`/api/problems/${SEEDED}/candidates?limit=0`)).status).toBe(400);
  });
});

describe("POST /api/problems/:id/consortia", () => {
  it("returns exact top-K in objective order, each feasible under the problem's rules", async () => {
    const { status, body } = await build(SEEDED, { maxSize: 6, k: 3 });
    expect(status).toBe(200);
    expect(body.exact).toBe(true);
    expect(body.consortia).toHaveLength(3);
    for (const [i, c] of body.consortia.entries()) {
      expect(c.size).toBeLessThanOrEqual(6);
      expect(c.members.some((m: { kind: string }) => ["University", "ResearchInstitute"].includes(m.kind))).toBe(true);
      expect(body.rules.leadKinds).toContain(c.members.find((m: { id: string }) => m.id === c.lead).kind);
      expect(c.tree).toHaveLength(c.size - 1);
      expect(c.tree.reduce((s: number, e: { distance: number }) => s + e.distance, 0)).toBe(c.cost);
      const next = body.consortia[i + 1];
      if (next) expect(c.coveredWeight > next.coveredWeight || c.size < next.size || c.cost <= next.cost).toBe(true);
    }
    expect(body.gaps).toEqual([
      expect.objectContaining({
        id: "tech:rail-green-power-supply",
        link: "/chains?tech=tech%3Arail-green-power-supply",
      }),
    ]);
    expect(body.consortia[0].uncovered).toEqual(["tech:rail-green-power-supply"]);
  });

  it("applies rule overrides (local only: every member local)", async () => {
    const { body } = await build("prob:solid-na-interface", { maxSize: 4, k: 2, rules: { localOnly: true } });
    expect(body.rules.localOnly).toBe(true);
    for (const c of body.consortia) expect(c.members.every((m: { local: boolean }) => m.local)).toBe(true);
  });

  it.each([
    [{ maxSize: 0 }, "maxSize"],
    [{ maxSize: 13 }, "maxSize"],
    [{ maxSize: 2.5 }, "maxSize"],
    [{ k: 0 }, "k"],
    [{ rules: { leadKinds: ["Park"] } }, "rules.leadKinds.0"],
  ])("rejects %j with 400 naming %s", async (body, field) => {
    const response = await build(SEEDED, body);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(field);
  });

  it("answers a problem nobody can cover with everything uncovered and the gaps linked", async () => {
    const id = await problem({});
    const { status, body } = await build(id, { maxSize: 3, k: 1 });
    expect(status).toBe(200);
    expect(body.reason).toBeNull();
    expect(body.consortia[0].coveredWeight).toBe(0);
    expect(body.consortia[0].uncovered.sort()).toEqual(["tech:rail-green-power-supply", "tech:solid-state-interface"]);
    expect(body.gaps.map((g: { link: string }) => g.link).sort()).toEqual([
      "/chains?tech=tech%3Arail-green-power-supply",
      "/chains?tech=tech%3Asolid-state-interface",
    ]);
  });

  it("answers 'no eligible lead' with an empty list and a reason, not an error", async () => {
    const id = await problem({ poster: "gov:zz-stb", leadKinds: ["Platform"] });
    const { status, body } = await build(id, { maxSize: 3, k: 3 });
    expect(status).toBe(200);
    expect(body.consortia).toEqual([]);
    expect(body.reason).toBe("no_eligible_lead");
  });
});

describe("what-if", () => {
  it("shows coverage and cost change when a member is removed or added", async () => {
    const { body } = await build(SEEDED, { maxSize: 6, k: 1 });
    const best = body.consortia[0];
    const ids = best.members.map((m: { id: string }) => m.id);
    const same = await evaluate(SEEDED, { members: ids });
    expect(same.body).toMatchObject({ feasible: true, violations: [] });
    expect(same.body.consortium).toEqual(best);
    const research = best.members.find((m: { kind: string }) =>
      ["University", "ResearchInstitute"].includes(m.kind),
    ).id;
    const without = await evaluate(SEEDED, { members: ids.filter((id: string) => id !== research) });
    expect(without.body.feasible).toBe(false);
    expect(without.body.violations).toContain("no_research_member");
    const added = await evaluate(SEEDED, { members: [...ids, "uni:csu"] });
    expect(added.body.consortium.size).toBe(best.size + 1);
    expect(added.body.consortium.coveredWeight).toBe(best.coveredWeight);
  });

  it("names unknown members", async () => {
    const { status, body } = await evaluate(SEEDED, { members: ["ent:crrc-zic", "ent:ghost"] });
    expect(status).toBe(400);
    expect(body.error.details.fields[0].field).toBe("members.1");
    expect(body.error.details.unknown).toEqual(["ent:ghost"]);
  });
});
