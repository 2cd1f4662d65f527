import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type Client, type RunningApp } from "../setup/test-db";

// Ownership and history (issue 12, item 4): analysts cannot change each other's work; deletes of saved
// queries keep every version and an admin can undo them; seeded problems can be closed but never deleted.
let app: RunningApp; // admin
let alice: Client;
let bob: Client;
const queries: string[] = [];
const consortia: string[] = [];

async function analyst(name: string): Promise<Client> {
  const created = await app.send("POST", "/api/users", { username: name, role: "analyst" });
  expect([201, 409]).toContain(created.status);
  const token = await app.send("POST", `/api/users/${name}/tokens`, { name: "ownership test" });
  expect(token.status, JSON.stringify(token.body)).toBe(201);
  const headers = { authorization: `Bearer ${token.body.secret}` };
  return {
    headers,
    fetch: (path, init = {}) =>
      fetch(`${app.url}${path}`, { ...init, headers: { ...headers, ...(init.headers as Record<string, string>) } }),
    get: async (path) => {
      const response = await fetch(`${app.url}${path}`, { headers });
      return { status: response.status, body: await response.json() };
    },
    send: async (method, path, body) => {
      const response = await fetch(`${app.url}${path}`, {
        method,
        headers: { ...headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: await response.json() };
    },
  };
}

const QUERY = { title: "甲的查询", text: "MATCH (c:Chain) RETURN c.name AS chain", note: "v1" };

beforeAll(async () => {
  app = await startTestApp();
  alice = await analyst("owner-alice");
  bob = await analyst("owner-bob");
});
afterAll(async () => {
  for (const id of consortia) await app.send("DELETE", `/api/consortia/${encodeURIComponent(id)}`);
  for (const id of queries) await app.send("DELETE", `/api/queries/${id}`);
  for (const name of ["owner-alice", "owner-bob"]) await app.send("PATCH", `/api/users/${name}`, { disabled: true });
  await app.close();
});

describe("saved queries belong to their creator", () => {
  it("analyst B cannot edit, restore or delete analyst A's query; A and an admin can", async () => {
    const created = await alice.send("POST", "/api/queries", QUERY);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as string;
    queries.push(id);
    expect(created.body.owner).toBe("owner-alice");
    expect((await bob.get("/api/queries")).body.queries.find((q: { id: string }) => q.id === id).owner).toBe(
      "owner-alice",
    );

    const edit = await bob.send("PUT", `/api/queries/${id}`, { ...QUERY, title: "乙改的" });
    expect(edit.status).toBe(403);
    expect(edit.body.error.code).toBe("FORBIDDEN");
    expect(edit.body.error.message).toContain("owner-alice");
    expect((await bob.send("POST", `/api/queries/${id}/versions/1/restore`, {})).status).toBe(403);
    expect((await bob.send("DELETE", `/api/queries/${id}`)).status).toBe(403);
    const unchanged = await bob.get(`/api/queries/${id}/versions`);
    expect(unchanged.body.versions.map((v: { n: number }) => v.n)).toEqual([1]);

    expect((await alice.send("PUT", `/api/queries/${id}`, { ...QUERY, title: "甲的第二版", note: "v2" })).status).toBe(
      200,
    );
    const byAdmin = await app.send("PUT", `/api/queries/${id}`, { ...QUERY, title: "管理员的第三版", note: "v3" });
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.body).toMatchObject({ version: 3, owner: "owner-alice" }); // an admin's edit does not take it over
  });

  it("delete keeps every version: hidden, listed for admins, restored intact", async () => {
    const created = await alice.send("POST", "/api/queries", QUERY);
    const id = created.body.id as string;
    queries.push(id);
    for (const n of [2, 3])
      expect(
        (await alice.send("PUT", `/api/queries/${id}`, { ...QUERY, title: `版本${n}`, note: `v${n}` })).status,
      ).toBe(200);
    const before = (await alice.get(`/api/queries/${id}/versions`)).body;
    const texts = await Promise.all(
      [1, 2, 3].map(async (n) => (await alice.get(`/api/queries/${id}/versions/${n}`)).body),
    );

    expect((await alice.send("DELETE", `/api/queries/${id}`)).status).toBe(200);
    expect((await alice.get(`/api/queries/${id}`)).status).toBe(404);
    expect((await alice.get(`/api/queries/${id}/versions`)).status).toBe(404);
    expect((await alice.send("POST", `/api/queries/${id}/run`, {})).status).toBe(404);
    expect((await alice.get("/api/queries")).body.queries.some((q: { id: string }) => q.id === id)).toBe(false);
    expect((await alice.send("DELETE", `/api/queries/${id}`)).status).toBe(404);

    expect((await alice.get("/api/queries/deleted")).status).toBe(403); // only admins see the bin
    expect((await alice.send("POST", `/api/queries/${id}/undelete`)).status).toBe(403);
    const bin = await app.get("/api/queries/deleted");
    expect(bin.status).toBe(200);
    expect(bin.body.queries.find((q: { id: string }) => q.id === id)).toMatchObject({
      owner: "owner-alice",
      deletedBy: "owner-alice",
      current: 3,
      versions: 3,
      title: "版本3",
    });

    const restored = await app.send("POST", `/api/queries/${id}/undelete`);
    expect(restored.status, JSON.stringify(restored.body)).toBe(200);
    expect(restored.body).toMatchObject({ id, version: 3, owner: "owner-alice" });
    expect((await alice.get(`/api/queries/${id}/versions`)).body).toEqual(before);
    for (const n of [1, 2, 3]) expect((await alice.get(`/api/queries/${id}/versions/${n}`)).body).toEqual(texts[n - 1]);
    expect((await app.get("/api/queries/deleted")).body.queries.some((q: { id: string }) => q.id === id)).toBe(false);
    expect((await app.send("POST", `/api/queries/${id}/undelete`)).status).toBe(404); // not deleted any more
  });

  it("an admin may delete anyone's query", async () => {
    const id = (await bob.send("POST", "/api/queries", QUERY)).body.id as string;
    queries.push(id);
    expect((await app.send("DELETE", `/api/queries/${id}`)).status).toBe(200);
    expect((await app.get("/api/queries/deleted")).body.queries.find((q: { id: string }) => q.id === id)).toMatchObject(
      { owner: "owner-bob", deletedBy: "test-admin" },
    );
  });
});

describe("consortia belong to their creator", () => {
  it("analyst B cannot rename, edit or delete analyst A's consortium; A and an admin can", async () => {
    const problem = (await app.get("/api/problems?limit=1")).body.problems[0];
    const candidates = (await app.get(`/api/problems/${encodeURIComponent(problem.id)}/candidates?limit=2`)).body;
    const org = (candidates.solvers[0] ?? candidates.leads[0]).id as string;
    const created = await alice.send("POST", "/api/consortia", {
      problem: problem.id,
      members: [{ org, role: "lead" }],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as string;
    consortia.push(id);
    expect(created.body.owner).toBe("owner-alice");
    const path = `/api/consortia/${encodeURIComponent(id)}`;

    const rename = await bob.send("PATCH", path, { name: "乙改的名字" });
    expect(rename.status).toBe(403);
    expect(rename.body.error.message).toContain("owner-alice");
    expect((await bob.send("PATCH", path, { status: "formed" })).status).toBe(403);
    expect((await bob.send("DELETE", path)).status).toBe(403);
    expect((await bob.get(path)).body).toMatchObject({ name: created.body.name, status: "proposed" });

    expect((await alice.send("PATCH", path, { name: "甲改的名字" })).status).toBe(200);
    const byAdmin = await app.send("PATCH", path, { note: "管理员备注" });
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.body).toMatchObject({ name: "甲改的名字", note: "管理员备注", owner: "owner-alice" });
    expect((await app.send("DELETE", path)).status).toBe(200);
    expect((await alice.get(path)).status).toBe(404);
  });
});

describe("seeded problems", () => {
  // A copy of a seeded problem (same labels, properties and links, its own id), so the shared seed stays as it is.
  const id = "prob:test-seeded-copy";
  beforeAll(async () => {
    await app.db.writeTx((tx) =>
      tx.raw(
        `MATCH (p:Problem {id: 'prob:beidou-chip-localisation'})
       CREATE (q:Entity:Problem) SET q = p {.*, id: $id}
       WITH p, q
       CALL (p, q) { MATCH (p)-[r:REQUIRES]->(t) CREATE (q)-[r2:REQUIRES]->(t) SET r2 = properties(r), r2.id = 'REQUIRES:' + q.id + '->' + t.id }`,
        { id },
      ),
    );
  });
  afterAll(async () => {
    await app.db.writeTx((tx) => tx.raw("MATCH (q:Problem {id: $id}) DETACH DELETE q", { id }));
  });

  it("can be closed, keep their provenance, and are never deleted (also after an edit)", async () => {
    const before = await app.get(`/api/problems/${id}`);
    expect(before.status).toBe(200);
    expect(before.body.provenance.source).toBe("illustrative");
    const closed = await alice.send("POST", `/api/problems/${id}/close`);
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body.status).toBe("closed");
    expect(closed.body.provenance).toEqual(before.body.provenance);
    const refused = await app.send("DELETE", `/api/problems/${id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("SEEDED");

    const original = (await app.get("/api/problems/prob:beidou-chip-localisation")).body; // the copy has no poster link
    const {
      id: _id,
      provenance: _p,
      consortia: _c,
      poster,
      requires,
      chains,
      ...fields
    } = { ...before.body, poster: original.poster, chains: original.chains };
    const edited = await app.send("PUT", `/api/problems/${id}`, {
      ...fields,
      status: "open",
      poster: poster?.id,
      requires: requires.map((r: { id: string; weight: number }) => ({ tech: r.id, weight: r.weight })),
      chains: chains.map((c: { id: string }) => c.id),
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.provenance.source).toBe("app"); // an edit makes the text the bureau's own (entered in the app) …
    const stillRefused = await app.send("DELETE", `/api/problems/${id}`);
    expect(stillRefused.status).toBe(409); // … but it came from the seed, so it is still not deletable
    expect(stillRefused.body.error.code).toBe("SEEDED");
    expect((await app.get(`/api/problems/${id}`)).status).toBe(200);
  });
});
