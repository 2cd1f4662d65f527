import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadLibrary } from "../../server/features/queries/query-registry";
import { startTestApp, type RunningApp } from "../setup/test-db";

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const library = loadLibrary();

describe("GET /api/queries", () => {
  it("lists every shipped query with its typed parameters", async () => {
    const { status, body } = await app.get("/api/queries");
    expect(status).toBe(200);
    const builtin = body.queries.filter((q: { builtin: boolean }) => q.builtin);
    expect(builtin.map((q: { id: string }) => q.id).sort()).toEqual(library.map((q) => q.id).sort());
    const partners = builtin.find((q: { id: string }) => q.id === "segment-orgs");
    expect(partners.params[1]).toMatchObject({
      name: "segment",
      type: "segmentId",
      suggest: { source: "segments", dependsOn: "chain" },
    });
  });

  it("shows one query with its Cypher text, and 404 for an unknown id", async () => {
    const { body } = await app.get("/api/queries/orgs-with-tech");
    expect(body.text).toContain("HAS_CAPABILITY");
    expect((await app.get("/api/queries/no-such-query")).status).toBe(404);
  });
});

describe("every shipped query on the seed", () => {
  it.each(library.map((q) => [q.id, q] as const))(
    "%s runs with its defaults and returns its declared shape",
    async (id, query) => {
      const { status, body } = await app.send("POST", `/api/queries/${id}/run`, { params: {} });
      expect(status, JSON.stringify(body)).toBe(200);
      expect(body.rows.length).toBeGreaterThan(0);
      expect(body.summary).toMatchObject({ rows: body.rows.length, truncated: false, queryType: "r" });
      for (const row of body.rows) expect(row).toHaveLength(body.columns.length);
      if (query.view === "bar") {
        const x = body.columns.indexOf(query.bar!.x);
        const y = body.columns.indexOf(query.bar!.y);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(body.rows.every((row: unknown[]) => typeof row[y] === "number")).toBe(true);
      }
      if (query.view === "graph") {
        expect(body.graph.nodes.length).toBeGreaterThan(1);
        expect(body.graph.links.length).toBeGreaterThan(0);
        const ids = new Set(body.graph.nodes.map((n: { id: string }) => n.id));
        for (const link of body.graph.links) expect(ids.has(link.source) && ids.has(link.target)).toBe(true);
      }
    },
  );

  it("passes typed parameters: a different technology gives different organisations", async () => {
    const igbt = await app.send("POST", "/api/queries/orgs-with-tech/run", { params: { tech: "tech:igbt" } });
    const carbide = await app.send("POST", "/api/queries/orgs-with-tech/run", {
      params: { tech: "tech:cemented-carbide", localOnly: "true" },
    });
    const names = (res: { body: { rows: { name: string }[][] } }) => res.body.rows.map((row) => row[0]!.name);
    expect(names(igbt)).toContain("株洲中车时代半导体有限公司");
    expect(names(carbide)).not.toContain("株洲中车时代半导体有限公司");
    expect(carbide.body.rows.every((row: unknown[]) => row[2] === true)).toBe(true);
  });

  it("finds the shortest collaboration path and draws it", async () => {
    const { body } = await app.send("POST", "/api/queries/collaboration-path/run", {
      params: { from: "ent:crrc-times-semi", to: "uni:csu" },
    });
    const path = body.rows[0][0];
    expect(path.$).toBe("path");
    expect(path.nodes[0].id).toBe("ent:crrc-times-semi");
    expect(path.nodes.at(-1).id).toBe("uni:csu");
    expect(body.graph.links).toHaveLength(path.rels.length);
  });

  it("refuses bad parameters with 400 naming them", async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ["central-orgs", { top: "lots" }, "top"],
      ["central-orgs", { top: 1000 }, "top"],
      ["orgs-with-tech", { tech: "ent:zcc" }, "tech"],
      ["orgs-with-tech", { tech: "tech:no-such-thing" }, "tech"],
      ["segment-orgs", { chain: "chain:rail", segment: "seg:power-semi:wafer-fab" }, "segment"],
      ["platforms-by-chain", { level: "galactic" }, "level"],
      ["platforms-by-chain", { extra: 1 }, "extra"],
    ];
    for (const [id, params, name] of cases) {
      const { status, body } = await app.send("POST", `/api/queries/${id}/run`, { params });
      expect(status).toBe(400);
      expect(body.error.code).toBe("INVALID_PARAMETER");
      expect(body.error.details.param).toBe(name);
    }
  });
});

describe("parameter pickers and schema", () => {
  it("suggests organisations by Chinese text and cascades segments by chain", async () => {
    const orgs = await app.get(`/api/queries/suggest?source=orgs&q=${encodeURIComponent("时代半导体")}`);
    expect(orgs.body.items[0].id).toBe("ent:crrc-times-semi");
    const segments = await app.get("/api/queries/suggest?source=segments&chain=chain:rail&limit=50");
    expect(segments.body.items.length).toBe(5);
    expect(segments.body.items.every((s: { id: string }) => s.id.startsWith("seg:rail:"))).toBe(true);
    const techs = await app.get("/api/queries/suggest?source=techs&q=igbt");
    expect(techs.body.items[0].id).toBe("tech:igbt");
    expect((await app.get("/api/queries/suggest?source=planets")).status).toBe(400);
  });

  it("lists labels, relationship types and property keys", async () => {
    const { body } = await app.get("/api/queries/schema");
    expect(body.labels).toEqual(expect.arrayContaining(["Entity", "Org", "Technology"]));
    expect(body.relationshipTypes).toEqual(expect.arrayContaining(["HAS_CAPABILITY", "IN_SEGMENT"]));
    expect(body.propertyKeys).toEqual(expect.arrayContaining(["id", "name", "local", "stage"]));
  });
});
