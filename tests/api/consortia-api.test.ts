import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countGraph } from "../../seed/load";
import { startTestApp, type RunningApp } from "../setup/test-db";
import { problemBody } from "../setup/problem-fixture";
import { expectSearchTextsCurrent } from "../setup/search-texts";

let app: RunningApp;
const cleanup: string[] = [];
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  for (const path of cleanup.reverse()) await app.send("DELETE", path);
  await app.close();
});

const SEEDED = "prob:solid-na-interface";
const today = new Date().toISOString().slice(0, 10);

async function save(body: Record<string, unknown>) {
  const response = await app.send("POST", "/api/consortia", body);
  if (response.status === 201) cleanup.push(`/api/consortia/${encodeURIComponent(response.body.id)}`);
  return response;
}

/** A problem of the test's own (seeded problems stay open for the other files), deleted after the run. */
async function newProblem(name: string): Promise<string> {
  const { status, body } = await app.send(
    "POST",
    "/api/problems",
    problemBody(name, "测试用榜单，用于验证联合体与榜单状态。"),
  );
  expect(status).toBe(201);
  cleanup.push(`/api/problems/${body.id}`);
  return body.id;
}

async function bestMembers(problem: string) {
  const { body } = await app.send("POST", `/api/problems/${problem}/consortia`, { maxSize: 4, k: 1 });
  const best = body.consortia[0];
  return best.members.map((m: { id: string; role: string }) => ({ org: m.id, role: m.role }));
}

describe("saving a consortium", () => {
  it("records it as an :Entity with MEMBER_OF roles and ADDRESSES, as user data", async () => {
    const members = await bestMembers(SEEDED);
    const { status, body } = await save({ problem: SEEDED, status: "proposed", members, note: "测试保存" });
    expect(status).toBe(201);
    expect(body).toMatchObject({
      status: "proposed",
      note: "测试保存",
      problem: { id: SEEDED },
      provenance: { source: "app", file: "ui", asOf: today },
    });
    expect(body.members[0].role).toBe("lead");
    expect(body.members.map((m: { id: string }) => m.id).sort()).toEqual(
      members.map((m: { org: string }) => m.org).sort(),
    );

    const node = await app.get(`/api/nodes/${encodeURIComponent(body.id)}`);
    expect(node.body.node.kind).toBe("Consortium");
    const stored = await app.db.readTx((tx) =>
      tx.raw(
        "MATCH (c:Entity:Consortium {id: $id}) RETURN COUNT { (c)-[:ADDRESSES]->(:Problem {id: $p}) } AS addresses, COLLECT { MATCH (o)-[r:MEMBER_OF]->(c) RETURN r.role + ':' + r.source } AS roles",
        { id: body.id, p: SEEDED },
      ),
    );
    expect(stored.records[0]!.get("addresses")).toBe(1);
    expect((stored.records[0]!.get("roles") as string[]).sort()).toEqual(
      members.map((m: { role: string }) => `${m.role}:app`).sort(),
    );

    const list = await app.get(`/api/consortia?problem=${SEEDED}`);
    expect(list.body.consortia.map((c: { id: string }) => c.id)).toContain(body.id);
    const problem = await app.get(`/api/problems/${SEEDED}`);
    expect(problem.body.consortia).toBeGreaterThanOrEqual(1);

    // A proposed consortium is a draft: it does not load its members in candidate rankings; once formed it does.
    const leadOf = async () => {
      const candidates = await app.get(`/api/problems/${SEEDED}/candidates?limit=200`);
      return [...candidates.body.solvers, ...candidates.body.leads].find(
        (c: { id: string }) => c.id === members[0].org,
      );
    };
    const before = await leadOf();
    expect(before.components.load.openConsortia).not.toContain(body.id);
    const other = await newProblem("测试：已组建的联合体计入负荷");
    const formed = await save({ problem: other, status: "formed", members });
    expect(formed.status).toBe(201);
    const after = await leadOf();
    expect(after.components.load.openConsortia).toContain(formed.body.id);
    expect(after.components.load.score).toBeLessThan(before.components.load.score);
  });

  it("edits status and members (formed marks the open problem matched), and a bad edit changes nothing", async () => {
    const problem = await newProblem("测试：揭榜成功的榜单");
    const members = [
      { org: "ent:lifang", role: "lead" },
      { org: "uni:csu", role: "member" },
    ];
    const { body: saved } = await save({ problem, members });
    expect(saved.problem.status).toBe("open");
    const formed = await app.send("PATCH", `/api/consortia/${saved.id}`, {
      status: "formed",
      members: [...members, { org: "uni:xtu", role: "member" }],
    });
    expect(formed.status).toBe(200);
    expect(formed.body.status).toBe("formed");
    expect(formed.body.problem.status).toBe("matched");
    const matched = (await app.get(`/api/problems/${problem}`)).body;
    expect(matched).toMatchObject({ status: "matched", provenance: { source: "app", file: "ui", asOf: today } });
    expect(formed.body.members.map((m: { id: string }) => m.id)).toContain("uni:xtu");
    const bad = await app.send("PATCH", `/api/consortia/${saved.id}`, {
      status: "proposed",
      members: [{ org: "ent:ghost", role: "lead" }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields[0].field).toBe("members.0.org");
    expect((await app.get(`/api/consortia/${saved.id}`)).body).toEqual(formed.body);
  });

  it("saved as formed it matches an open problem at once; a proposed one or a closed problem keeps its status", async () => {
    const open = await newProblem("测试：直接登记为已组建");
    const proposed = await save({ problem: open, status: "proposed", members: [{ org: "ent:lifang", role: "lead" }] });
    expect(proposed.body.problem.status).toBe("open");
    const formed = await save({ problem: open, status: "formed", members: [{ org: "ent:lifang", role: "lead" }] });
    expect(formed.status).toBe(201);
    expect(formed.body.problem.status).toBe("matched");
    expect((await app.get(`/api/consortia/${proposed.body.id}`)).body.problem.status).toBe("matched");

    const closed = await newProblem("测试：已关闭的榜单");
    expect((await app.send("POST", `/api/problems/${closed}/close`)).status).toBe(200);
    const late = await save({ problem: closed, status: "formed", members: [{ org: "ent:lifang", role: "lead" }] });
    expect(late.status).toBe(201);
    expect(late.body.problem.status).toBe("closed");
    expect((await app.get(`/api/problems/${closed}`)).body.status).toBe("closed");
  });

  it.each([
    [
      {
        members: [
          { org: "ent:lifang", role: "lead" },
          { org: "uni:csu", role: "lead" },
        ],
      },
      "exactly one lead",
    ],
    [{ members: [{ org: "ent:lifang", role: "member" }] }, "exactly one lead"],
    [
      {
        members: [
          { org: "ent:lifang", role: "lead" },
          { org: "ent:lifang", role: "member" },
        ],
      },
      "members.1.org",
    ],
    [{ status: "dissolved" }, "status"],
    [{ members: [] }, "members"],
  ])("rejects %j (%s) with 400", async (overrides, text) => {
    const { status, body } = await save({
      problem: SEEDED,
      members: [{ org: "ent:lifang", role: "lead" }],
      ...overrides,
    });
    expect(status).toBe(400);
    expect(JSON.stringify(body.error)).toContain(text);
  });

  it("names unknown organisations and problems, and writes nothing", async () => {
    const before = await countGraph(app.db);
    const { status, body } = await save({
      problem: "prob:ghost",
      members: [
        { org: "ent:lifang", role: "lead" },
        { org: "ent:phantom", role: "member" },
      ],
    });
    expect(status).toBe(400);
    expect(body.error.details.fields.map((f: { field: string }) => f.field)).toEqual(["problem", "members.1.org"]);
    expect(body.error.details.unknown).toEqual(["prob:ghost", "ent:phantom"]);
    expect(await countGraph(app.db)).toEqual(before);
  });

  it("deletes a consortium; a problem with consortia cannot be deleted until they are gone", async () => {
    const problem = await app.send(
      "POST",
      "/api/problems",
      problemBody("测试：待删除的榜单", "测试用榜单，用于验证删除规则。"),
    );
    cleanup.push(`/api/problems/${problem.body.id}`);
    const { body: saved } = await save({ problem: problem.body.id, members: [{ org: "ent:lifang", role: "lead" }] });
    expect((await app.send("DELETE", `/api/problems/${problem.body.id}`)).status).toBe(409);
    expect((await app.send("DELETE", `/api/consortia/${saved.id}`)).body).toEqual({ deleted: saved.id });
    expect((await app.get(`/api/consortia/${saved.id}`)).status).toBe(404);
    expect((await app.send("DELETE", `/api/consortia/${saved.id}`)).status).toBe(404);
    expect((await app.send("DELETE", `/api/problems/${problem.body.id}`)).status).toBe(200);
  });
});

describe("derived search text (decision 043)", () => {
  it("every entity's search text equals its definition after this file's writes", async () => {
    await expectSearchTextsCurrent(app.db);
  });
});
