import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type RunningApp } from "../setup/test-db";

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

describe("GET /api/health", () => {
  it("reports the real database", async () => {
    const { status, body } = await app.get("/api/health");
    expect(status).toBe(200);
    expect(body.status).toBe("ok");
    expect(body.database.status).toBe("up");
    expect(body.database.version).toMatch(/^5\.26\./);
    expect(body.database.mode).toBe("managed");
  });
});

describe("GET /api/graph", () => {
  it("returns seeded nodes with provenance and links whose ends are in the view", async () => {
    const { status, body } = await app.get("/api/graph?limit=5000");
    expect(status).toBe(200);
    expect(body.nodes.length).toBeGreaterThan(50);
    const ids = new Set(body.nodes.map((n: { id: string }) => n.id));
    for (const link of body.links) {
      expect(ids.has(link.source) && ids.has(link.target)).toBe(true);
      expect(["reply", "public", "illustrative", "import", "app"]).toContain(link.provenance.source);
    }
    for (const node of body.nodes) expect(node.provenance.source).toBeTruthy();
    expect(body.meta.truncated).toBe(false);
  });

  it("keeps the hubs when limited, and says it truncated", async () => {
    const { body } = await app.get("/api/graph?limit=10");
    expect(body.nodes).toHaveLength(10);
    expect(body.meta.truncated).toBe(true);
    const degrees = body.nodes.map((n: { degree: number }) => n.degree);
    expect([...degrees].sort((a, b) => b - a)).toEqual(degrees);
  });

  it("filters by kind and by provenance source", async () => {
    const kinds = await app.get("/api/graph?kinds=University,ResearchInstitute&limit=5000");
    expect(kinds.body.nodes.length).toBeGreaterThan(0);
    expect(new Set(kinds.body.nodes.map((n: { kind: string }) => n.kind))).toEqual(
      new Set(["University", "ResearchInstitute"]),
    );
    const reply = await app.get("/api/graph?source=reply&limit=5000&detail=full");
    expect(reply.body.nodes.length).toBeGreaterThan(0);
    expect(
      reply.body.nodes.every(
        (n: { provenance: { source: string; quote?: string } }) =>
          n.provenance.source === "reply" && n.provenance.quote,
      ),
    ).toBe(true);
  });

  it("scopes to a chain: its segments and their organisations", async () => {
    const { status, body } = await app.get("/api/graph?chain=chain:power-semi&limit=5000");
    expect(status).toBe(200);
    const kinds = new Set(body.nodes.map((n: { kind: string }) => n.kind));
    expect(kinds.has("Segment")).toBe(true);
    expect(kinds.has("Chain")).toBe(true);
    expect(body.nodes.some((n: { id: string }) => n.id === "chain:rail")).toBe(false);
  });

  it("filters by text", async () => {
    const { body } = await app.get(`/api/graph?q=${encodeURIComponent("时代半导体")}`);
    expect(body.nodes.some((n: { name: string }) => n.name.includes("时代半导体"))).toBe(true);
  });

  it.each([
    ["limit=0", "limit"],
    ["limit=5001", "limit"],
    ["limit=abc", "limit"],
    ["kinds=Spaceship", "kinds"],
    ["source=rumour", "source"],
    ["bogus=1", "bogus"],
  ])("rejects %s with 400 naming '%s'", async (query, field) => {
    const { status, body } = await app.get(`/api/graph?${query}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(body.error.message).toContain(field);
    expect(JSON.stringify(body.error.details.fields)).toContain(field);
  });

  it("404s an unknown chain", async () => {
    const { status, body } = await app.get("/api/graph?chain=chain:nope");
    expect(status).toBe(404);
    expect(body.error.code).toBe("NOT_FOUND");
  });
});

describe("GET /api/nodes/:id and neighbors", () => {
  it("returns one node with degree by type", async () => {
    const { status, body } = await app.get(`/api/nodes/${encodeURIComponent("chain:power-semi")}`);
    expect(status).toBe(200);
    expect(body.node.kind).toBe("Chain");
    expect(body.degree).toBeGreaterThan(0);
    expect(body.degreeByType.reduce((s: number, d: { count: number }) => s + d.count, 0)).toBe(body.degree);
  });

  it("404s an unknown id and 400s a malformed one", async () => {
    expect((await app.get("/api/nodes/ent:does-not-exist")).status).toBe(404);
    expect((await app.get("/api/nodes/ent:does-not-exist/neighbors")).status).toBe(404);
    const bad = await app.get(`/api/nodes/${encodeURIComponent("has space")}`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain("id");
  });

  it("expands depth 1, filtered by type, and pages by skip", async () => {
    const id = encodeURIComponent("chain:power-semi");
    const all = await app.get(`/api/nodes/${id}/neighbors?depth=1&limit=500`);
    expect(all.status).toBe(200);
    expect(all.body.nodes[0].id).toBe("chain:power-semi");
    const onlyPartOf = await app.get(`/api/nodes/${id}/neighbors?types=PART_OF&limit=500`);
    expect(onlyPartOf.body.links.every((l: { type: string }) => l.type === "PART_OF")).toBe(true);
    expect(onlyPartOf.body.nodes.slice(1).every((n: { kind: string }) => n.kind === "Segment")).toBe(true);
    const page1 = await app.get(`/api/nodes/${id}/neighbors?limit=2`);
    const page2 = await app.get(`/api/nodes/${id}/neighbors?limit=2&skip=2`);
    expect(page1.body.nodes).toHaveLength(3);
    expect(page1.body.meta.truncated).toBe(all.body.nodes.length - 1 > 2);
    const overlap = page2.body.nodes
      .slice(1)
      .filter((n: { id: string }) => page1.body.nodes.some((m: { id: string }) => m.id === n.id));
    expect(overlap).toEqual([]);
  });

  it("expands deeper at depth 2 than at depth 1", async () => {
    const id = encodeURIComponent("chain:rail");
    const one = await app.get(`/api/nodes/${id}/neighbors?depth=1&limit=2000`);
    const two = await app.get(`/api/nodes/${id}/neighbors?depth=2&limit=2000`);
    expect(two.body.nodes.length).toBeGreaterThan(one.body.nodes.length);
  });

  it("rejects depth 4 and unknown relationship types", async () => {
    const id = encodeURIComponent("chain:rail");
    const deep = await app.get(`/api/nodes/${id}/neighbors?depth=4`);
    expect(deep.status).toBe(400);
    expect(deep.body.error.message).toContain("depth");
    const types = await app.get(`/api/nodes/${id}/neighbors?types=LOVES`);
    expect(types.status).toBe(400);
    expect(types.body.error.message).toContain("types");
  });
});

describe("GET /api/search", () => {
  it.each([
    ["中车时代半导体", "时代半导体"],
    ["时代半导体", "时代半导体"],
    ["株硬", "硬质合金"],
    ["semicond", "半导体"],
    ["CRRC Zhuzhou Institute", "株洲电力机车研究所"],
  ])("finds %s", async (q, expected) => {
    const { status, body } = await app.get(`/api/search?q=${encodeURIComponent(q)}`);
    expect(status).toBe(200);
    expect(body.hits.length).toBeGreaterThan(0);
    expect(body.hits.slice(0, 3).some((h: { name: string }) => h.name.includes(expected))).toBe(true);
  });

  it("treats Lucene syntax as text and never errors on it", async () => {
    for (const q of ["(", "AND", "a:b", '"', "*", "中车 OR", "[x TO y]"]) {
      const { status } = await app.get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(status).toBe(200);
    }
  });

  it("requires q", async () => {
    const { status, body } = await app.get("/api/search");
    expect(status).toBe(400);
    expect(body.error.message).toContain("q");
  });
});

describe("errors and the OpenAPI document", () => {
  it("answers unknown API routes with a JSON 404", async () => {
    const { status, body } = await app.get("/api/nothing-here");
    expect(status).toBe(404);
    expect(body.error.code).toBe("NOT_FOUND");
  });

  it("publishes OpenAPI 3 generated from the zod schemas", async () => {
    const { status, body } = await app.get("/api/openapi.json");
    expect(status).toBe(200);
    expect(body.openapi).toMatch(/^3\./);
    const graph = body.paths["/api/graph"].get;
    expect(graph.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(["chain", "kinds", "q", "source", "limit"]),
    );
    expect(
      body.paths["/api/nodes/{id}/neighbors"].get.parameters.some(
        (p: { name: string; in: string }) => p.name === "id" && p.in === "path",
      ),
    ).toBe(true);
    expect(body.paths["/api/search"].get.responses["400"]).toBeTruthy();
  });
});
