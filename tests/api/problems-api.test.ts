import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countGraph } from "../../seed/load";
import { startTestApp, type RunningApp } from "../setup/test-db";
import { expectSearchTextsCurrent } from "../setup/search-texts";

let app: RunningApp;
const created: string[] = [];
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  // Directly, not through DELETE: the API rightly refuses to delete an edited illustrative (seeded) problem.
  await app.db.writeTx((tx) => tx.raw("MATCH (p:Problem) WHERE p.id IN $ids DETACH DELETE p", { ids: created }));
  await app.close();
});

const today = new Date().toISOString().slice(0, 10);
const SEEDED = "prob:rail-green-power-device";

function draft(overrides: Record<string, unknown> = {}) {
  return {
    name: "测试榜单：SiC 模块封装可靠性",
    statement: "针对 SiC 功率模块封装的热循环可靠性开展联合攻关（测试数据）。",
    poster: "ent:crrc-zic",
    requires: [
      { tech: "tech:sic", weight: 4 },
      { tech: "tech:power-module", weight: 3 },
    ],
    chains: ["chain:power-semi"],
    indicators: [{ metric: "热循环次数", unit: "次", baseline: 5000, target: 20000 }],
    budget: 300,
    selfFundingRatio: 2,
    deadline: "2027-01-31",
    leadKinds: ["Enterprise"],
    localOnly: true,
    requireResearchMember: true,
    ...overrides,
  };
}

async function create(overrides: Record<string, unknown> = {}) {
  const response = await app.send("POST", "/api/problems", draft(overrides));
  if (response.status === 201) created.push(response.body.id);
  return response;
}

describe("problem board", () => {
  it("lists the seeded problems, marked illustrative, by deadline", async () => {
    const { status, body } = await app.get("/api/problems?status=open");
    expect(status).toBe(200);
    const seeded = body.problems.filter((p: { id: string }) => !p.id.startsWith("prob:u-"));
    expect(seeded.length).toBeGreaterThanOrEqual(6);
    expect(seeded.every((p: { provenance: { source: string } }) => p.provenance.source === "illustrative")).toBe(true);
    const deadlines = body.problems.map((p: { deadline: string }) => p.deadline);
    expect([...deadlines].sort()).toEqual(deadlines);
    const rail = body.problems.find((p: { id: string }) => p.id === SEEDED);
    expect(rail.poster.id).toBe("ent:crrc-zic");
    expect(rail.indicators[0]).toEqual({ metric: "变流效率", unit: "%", baseline: 97.5, target: 98.8 });
    expect(rail.requires.map((r: { weight: number }) => r.weight)).toEqual([5, 4, 4, 2]);
  });

  it("filters by chain, technology and deadline", async () => {
    const chain = await app.get("/api/problems?chain=chain:new-energy-battery");
    expect(chain.body.problems.map((p: { id: string }) => p.id)).toEqual(["prob:solid-na-interface"]);
    const tech = await app.get("/api/problems?technology=tech:cv-speech");
    expect(tech.body.problems.map((p: { id: string }) => p.id).sort()).toEqual([
      "prob:goa3-hydrogen-art-control",
      "prob:wind-blade-smart-mfg",
    ]);
    const soon = await app.get("/api/problems?deadlineBefore=2026-08-31&deadlineAfter=2026-07-01");
    expect(soon.body.problems.map((p: { id: string }) => p.id)).toEqual(["prob:carbide-line-os-adaptation"]);
  });

  it.each([
    ["status=archived", "status"],
    ["deadlineBefore=2026-13-40", "deadlineBefore"],
    ["limit=0", "limit"],
    ["colour=red", "colour"],
  ])("rejects %s with 400 naming '%s'", async (query, field) => {
    const { status, body } = await app.get(`/api/problems?${query}`);
    expect(status).toBe(400);
    expect(body.error.message).toContain(field);
  });

  it("404s an unknown problem", async () => {
    expect((await app.get("/api/problems/prob:nope")).status).toBe(404);
  });
});

describe("create, edit, close, delete", () => {
  it("creates a problem as user data with its links, and reads it back", async () => {
    const { status, body } = await create();
    expect(status).toBe(201);
    expect(body.id).toMatch(/^prob:u-/);
    expect(body.provenance).toEqual({ source: "app", basis: "stated", file: "ui", by: "test-admin", asOf: today });
    expect(body.requires.map((r: { id: string }) => r.id).sort()).toEqual(["tech:power-module", "tech:sic"]);
    expect(body.chains.map((c: { id: string }) => c.id)).toEqual(["chain:power-semi"]);
    expect(body.poster.id).toBe("ent:crrc-zic");
    expect((await app.get(`/api/problems/${body.id}`)).body).toEqual(body);
    const links = await app.get(`/api/nodes/${encodeURIComponent(body.id)}/neighbors?detail=full`);
    const problemLinks = links.body.links.filter(
      (l: { source: string; target: string }) => l.source === body.id || l.target === body.id,
    );
    expect(problemLinks).toHaveLength(4);
    expect(
      problemLinks.every(
        (l: { provenance: { source: string; file: string } }) =>
          l.provenance.source === "app" && l.provenance.file === "ui",
      ),
    ).toBe(true);
  });

  it("names every unknown id in a 400 and writes nothing", async () => {
    const before = await countGraph(app.db);
    const { status, body } = await create({
      poster: "ent:nobody",
      requires: [
        { tech: "tech:sic", weight: 1 },
        { tech: "tech:warp-drive", weight: 2 },
      ],
      chains: ["tech:sic"],
    });
    expect(status).toBe(400);
    expect(body.error.code).toBe("UNKNOWN_IDS");
    expect(body.error.message).toContain("ent:nobody");
    expect(body.error.message).toContain("tech:warp-drive");
    expect(body.error.details.fields.map((f: { field: string }) => f.field)).toEqual([
      "poster",
      "requires.1.tech",
      "chains.0",
    ]);
    expect(await countGraph(app.db)).toEqual(before);
  });

  it.each([
    [{ name: "" }, "name"],
    [{ requires: [] }, "requires"],
    [
      {
        requires: [
          { tech: "tech:sic", weight: 1 },
          { tech: "tech:sic", weight: 2 },
        ],
      },
      "requires.1",
    ],
    [{ requires: [{ tech: "tech:sic", weight: 0 }] }, "requires.0.weight"],
    [{ deadline: "2027-02-30" }, "deadline"],
    [{ leadKinds: ["Park"] }, "leadKinds.0"],
    [{ budget: -1 }, "budget"],
    [{ indicators: [{ metric: "x", unit: "%", target: "high" }] }, "indicators.0.target"],
    [{ id: "Problem 1" }, "id"],
    [{ extra: true }, "extra"],
  ])("validates %j → 400 naming %s", async (overrides, field) => {
    const { status, body } = await create(overrides);
    expect(status).toBe(400);
    expect(JSON.stringify(body.error.details.fields)).toContain(field);
  });

  it("refuses a duplicate id with 409", async () => {
    const id = `prob:test-dup-${Date.now()}`;
    expect((await create({ id })).status).toBe(201);
    const again = await create({ id });
    expect(again.status).toBe(409);
  });

  it("edits everything atomically: a bad edit leaves the problem as it was", async () => {
    const { body: problem } = await create();
    const edited = await app.send(
      "PUT",
      `/api/problems/${problem.id}`,
      draft({
        statement: "修改后的题目陈述（测试）。",
        requires: [{ tech: "tech:igbt", weight: 5 }],
        status: "matched",
      }),
    );
    expect(edited.status).toBe(200);
    expect(edited.body.statement).toBe("修改后的题目陈述（测试）。");
    expect(edited.body.requires).toEqual([expect.objectContaining({ id: "tech:igbt", weight: 5 })]);
    expect(edited.body.status).toBe("matched");
    const bad = await app.send(
      "PUT",
      `/api/problems/${problem.id}`,
      draft({ requires: [{ tech: "tech:unobtainium", weight: 5 }] }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain("tech:unobtainium");
    expect((await app.get(`/api/problems/${problem.id}`)).body).toEqual(edited.body);
    expect((await app.send("PUT", "/api/problems/prob:nope", draft())).status).toBe(404);
  });

  it("turns an edited illustrative problem into user data that says where it came from", async () => {
    const id = `prob:test-illustrative-${Date.now()}`;
    await app.db.writeTx((tx) =>
      tx.raw(
        "CREATE (:Entity:Problem {id: $id, kind: 'Problem', name: 'x', status: 'open', source: 'illustrative', asOf: '2025-12-31', note: 'demo'})",
        { id },
      ),
    );
    created.push(id);
    const { body } = await app.send("PUT", `/api/problems/${id}`, draft());
    expect(body.provenance.source).toBe("app");
    expect(body.provenance.note).toContain("illustrative");
    const closed = await app.send("POST", `/api/problems/${id}/close`);
    expect(closed.body.provenance.note).toContain("illustrative");
  });

  it("closes a problem and the board filters it", async () => {
    const { body: problem } = await create();
    const closed = await app.send("POST", `/api/problems/${problem.id}/close`);
    expect(closed.body.status).toBe("closed");
    const board = await app.get("/api/problems?status=closed");
    expect(board.body.problems.map((p: { id: string }) => p.id)).toContain(problem.id);
    expect((await app.send("POST", "/api/problems/prob:nope/close")).status).toBe(404);
  });

  it("deletes problems entered in the app, never seeded ones", async () => {
    const { body: problem } = await create();
    expect((await app.send("DELETE", `/api/problems/${problem.id}`)).body).toEqual({ deleted: problem.id });
    expect((await app.get(`/api/problems/${problem.id}`)).status).toBe(404);
    const seeded = await app.send("DELETE", `/api/problems/${SEEDED}`);
    expect(seeded.status).toBe(409);
    expect((await app.get(`/api/problems/${SEEDED}`)).status).toBe(200);
  });
});

describe("import", () => {
  it("creates several problems in one transaction", async () => {
    const stamp = Date.now();
    const ids = [`prob:test-import-a-${stamp}`, `prob:test-import-b-${stamp}`];
    const { status, body } = await app.send("POST", "/api/problems/import", {
      problems: ids.map((id) => draft({ id })),
    });
    expect(status).toBe(201);
    created.push(...body.created);
    expect(body.created).toEqual(ids);
    for (const id of ids) expect((await app.get(`/api/problems/${id}`)).status).toBe(200);
  });

  it("creates nothing when one problem is bad, and names it", async () => {
    const before = await countGraph(app.db);
    const stamp = Date.now();
    const { status, body } = await app.send("POST", "/api/problems/import", {
      problems: [
        draft({ id: `prob:test-ok-${stamp}` }),
        draft({ id: `prob:test-bad-${stamp}`, requires: [{ tech: "tech:nope", weight: 1 }] }),
      ],
    });
    expect(status).toBe(400);
    expect(body.error.details.fields[0].field).toBe("problems.1.requires.0.tech");
    expect(await countGraph(app.db)).toEqual(before);
    expect((await app.get(`/api/problems/prob:test-ok-${stamp}`)).status).toBe(404);
  });
});

describe("derived search text (decision 043)", () => {
  it("every entity's search text equals its definition after this file's writes", async () => {
    await expectSearchTextsCurrent(app.db);
  });
});
