import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type RunningApp } from "../setup/test-db";

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const enc = encodeURIComponent;
type Node = { id: string; kind: string; degree: number; capabilities?: number; props: Record<string, unknown> };
type Link = { id: string; source: string; target: string; type: string };

describe("GET /api/graph explorer filters", () => {
  it("returns exactly the requested ids with the links among them, and names the unknown ones", async () => {
    const ids = ["ent:crrc-times-semi", "ent:crrc-times-electric", "tech:igbt", "ent:no-such-org"];
    const { status, body } = await app.get(`/api/graph?ids=${enc(ids.join(","))}&limit=5000`);
    expect(status).toBe(200);
    const got = new Set(body.nodes.map((n: Node) => n.id));
    expect(got.has("ent:crrc-times-semi") && got.has("ent:crrc-times-electric")).toBe(true);
    expect(got.has("ent:no-such-org")).toBe(false);
    expect([...got].every((id) => ids.includes(id as string))).toBe(true);
    expect(body.links.length).toBeGreaterThan(0);
    for (const link of body.links as Link[]) expect(got.has(link.source) && got.has(link.target)).toBe(true);
    expect(body.meta.missing).toEqual(["ent:no-such-org"]);
  });

  it("filters organisations by district and keeps kinds that have no district", async () => {
    const { status, body } = await app.get(`/api/graph?district=${enc("石峰区")}&limit=5000`);
    expect(status).toBe(200);
    const orgs = (body.nodes as Node[]).filter((n) =>
      ["Enterprise", "University", "ResearchInstitute", "Platform", "GovernmentBody", "Association", "Park"].includes(
        n.kind,
      ),
    );
    expect(orgs.length).toBeGreaterThan(0);
    expect(orgs.every((n) => n.props.district === "石峰区")).toBe(true);
    expect(body.nodes.some((n: Node) => n.kind === "Technology")).toBe(true);
  });

  it("restricts links to the given relationship types", async () => {
    const { body } = await app.get("/api/graph?types=HAS_CAPABILITY,SUPPLIES&limit=5000");
    expect(body.links.length).toBeGreaterThan(0);
    expect(new Set(body.links.map((l: Link) => l.type))).toEqual(new Set(["HAS_CAPABILITY", "SUPPLIES"]));
  });

  it("reports capability counts for sizing", async () => {
    const { body } = await app.get(`/api/graph?ids=${enc("ent:crrc-times-semi,chain:rail")}`);
    const semi = body.nodes.find((n: Node) => n.id === "ent:crrc-times-semi");
    const chain = body.nodes.find((n: Node) => n.id === "chain:rail");
    const caps = await app.get(`/api/nodes/${enc("ent:crrc-times-semi")}`);
    const expected = caps.body.degreeByType
      .filter((d: { type: string }) => d.type === "HAS_CAPABILITY")
      .reduce((s: number, d: { count: number }) => s + d.count, 0);
    expect(expected).toBeGreaterThan(0);
    expect(semi.capabilities).toBe(expected);
    expect(chain.capabilities).toBe(0);
  });

  it("rejects more than 500 ids and bad districts/types", async () => {
    const many = Array.from({ length: 501 }, (_, i) => `ent:x${i}`).join(",");
    const tooMany = await app.get(`/api/graph?ids=${many}`);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toContain("ids");
    const types = await app.get("/api/graph?types=LOVES");
    expect(types.status).toBe(400);
    expect(types.body.error.message).toContain("types");
  });
});

describe("GET /api/nodes/:id/neighbors?kinds=", () => {
  it("keeps only neighbours of the given kinds", async () => {
    const { body } = await app.get(`/api/nodes/${enc("ent:crrc-times-semi")}/neighbors?kinds=Technology&limit=500`);
    expect(body.nodes[0].id).toBe("ent:crrc-times-semi");
    expect(body.nodes.length).toBeGreaterThan(1);
    expect(body.nodes.slice(1).every((n: Node) => n.kind === "Technology")).toBe(true);
  });
});

describe("GET /api/graph/facets", () => {
  it("lists chains, districts, kinds, types and sources with counts that match the graph", async () => {
    const { status, body } = await app.get("/api/graph/facets");
    expect(status).toBe(200);
    expect(body.chains.length).toBe(7);
    expect(body.chains.find((c: { id: string }) => c.id === "chain:power-semi").segments).toBeGreaterThan(3);
    const all = await app.get("/api/graph?limit=5000");
    const shifeng = all.body.nodes.filter((n: Node) => n.props.district === "石峰区").length;
    expect(body.districts.find((d: { name: string }) => d.name === "石峰区").count).toBe(shifeng);
    expect(body.kinds.reduce((s: number, k: { count: number }) => s + k.count, 0)).toBe(all.body.nodes.length);
    expect(body.types.reduce((s: number, k: { count: number }) => s + k.count, 0)).toBe(all.body.links.length);
    expect(body.sources.map((s: { source: string }) => s.source)).toContain("illustrative");
  });
});

describe("GET /api/paths", () => {
  const from = "ent:crrc-times-semi";

  it("finds one shortest path whose links chain from → to", async () => {
    const { status, body } = await app.get(`/api/paths?from=${enc(from)}&to=${enc("chain:rail")}&maxHops=6`);
    expect(status).toBe(200);
    expect(body.paths).toHaveLength(1);
    const [path] = body.paths;
    expect(path.nodes[0]).toBe(from);
    expect(path.nodes.at(-1)).toBe("chain:rail");
    expect(path.links).toHaveLength(path.nodes.length - 1);
    expect(body.hops).toBe(path.links.length);
    const byId = new Map(body.links.map((l: Link) => [l.id, l]));
    path.links.forEach((id: string, i: number) => {
      const link = byId.get(id) as Link;
      expect([link.source, link.target].sort()).toEqual([path.nodes[i], path.nodes[i + 1]].sort());
    });
  });

  it("returns every shortest path with all=true, all of the same length", async () => {
    const one = await app.get(`/api/paths?from=${enc(from)}&to=${enc("chain:rail")}&maxHops=6`);
    const all = await app.get(`/api/paths?from=${enc(from)}&to=${enc("chain:rail")}&maxHops=6&all=true`);
    expect(all.status).toBe(200);
    expect(all.body.paths.length).toBeGreaterThanOrEqual(1);
    expect(all.body.paths.every((p: { links: string[] }) => p.links.length === one.body.hops)).toBe(true);
    const keys = all.body.paths.map((p: { nodes: string[] }) => p.nodes.join(">"));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("answers no path (hops null) when the limit is below the shortest distance", async () => {
    const one = await app.get(`/api/paths?from=${enc(from)}&to=${enc("chain:rail")}&maxHops=6`);
    expect(one.body.hops).toBeGreaterThan(1);
    const { status, body } = await app.get(
      `/api/paths?from=${enc(from)}&to=${enc("chain:rail")}&maxHops=${one.body.hops - 1}`,
    );
    expect(status).toBe(200);
    expect(body.paths).toEqual([]);
    expect(body.hops).toBeNull();
  });

  it("walks only the given relationship types", async () => {
    const { body } = await app.get(
      `/api/paths?from=${enc(from)}&to=${enc("ent:crrc-times-electric")}&types=SUBSIDIARY_OF&all=true`,
    );
    expect(body.paths.length).toBeGreaterThan(0);
    expect(body.links.every((l: Link) => l.type === "SUBSIDIARY_OF")).toBe(true);
  });

  it.each([
    ["from=ent:a", "to"],
    [`from=${enc(from)}&to=${enc(from)}`, "to"],
    [`from=${enc(from)}&to=chain:rail&maxHops=7`, "maxHops"],
    [`from=${enc(from)}&to=chain:rail&all=maybe`, "all"],
    [`from=${enc(from)}&to=chain:rail&types=LOVES`, "types"],
  ])("rejects %s with 400 naming '%s'", async (query, field) => {
    const { status, body } = await app.get(`/api/paths?${query}`);
    expect(status).toBe(400);
    expect(body.error.message).toContain(field);
  });

  it("404s an unknown endpoint", async () => {
    const { status, body } = await app.get(`/api/paths?from=${enc(from)}&to=ent:nobody-here`);
    expect(status).toBe(404);
    expect(body.error.details.id).toBe("ent:nobody-here");
  });
});
