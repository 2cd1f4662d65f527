// The lean payloads of GET /api/graph and of depth-1 neighbours, the graph's response cache (a write by this server
// is seen by the next read), ETag/304 and the NDJSON stream (the same view as the JSON answer), on the real Neo4j.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type RunningApp } from "../setup/test-db";
import { problemBody } from "../setup/problem-fixture";

let app: RunningApp;
const cleanup: string[] = [];
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  for (const path of cleanup.reverse()) await app.send("DELETE", path);
  await app.close();
});

interface Node {
  id: string;
  kind: string;
  name: string;
  degree: number;
  capabilities: number;
  props: Record<string, unknown>;
  provenance: Record<string, unknown>;
  claims?: unknown;
}
interface Link {
  id: string;
  source: string;
  target: string;
  type: string;
  props: Record<string, unknown>;
  provenance: Record<string, unknown>;
}
interface View {
  nodes: Node[];
  links: Link[];
  meta: { truncated: boolean; total: number };
}

const NODE_KEYS = ["id", "kind", "name", "nameEn", "degree", "capabilities", "props", "provenance"];
const NODE_PROPS = ["aliases", "district", "chainId", "order", "stage"];
const PROVENANCE_KINDS = ["source", "basis", "tier", "asOf", "uncertain"];
const subset = (keys: string[], allowed: string[]) => keys.filter((k) => !allowed.includes(k));

describe("lean /api/graph", () => {
  it("sends only what the canvas draws, and the same view as detail=full", async () => {
    const lean = (await app.get("/api/graph?limit=5000")).body as View;
    const full = (await app.get("/api/graph?limit=5000&detail=full")).body as View;
    expect(lean.nodes.length).toBeGreaterThan(50);
    for (const n of lean.nodes) {
      expect(subset(Object.keys(n), NODE_KEYS)).toEqual([]);
      expect(subset(Object.keys(n.props), NODE_PROPS)).toEqual([]);
      expect(subset(Object.keys(n.provenance), PROVENANCE_KINDS)).toEqual([]);
    }
    for (const l of lean.links) {
      expect(subset(Object.keys(l.props), ["kind"])).toEqual([]);
      expect(subset(Object.keys(l.provenance), PROVENANCE_KINDS)).toEqual([]);
    }
    // The same nodes in the same (hub-first) order, the same links, the same drawing fields.
    expect(lean.nodes.map((n) => n.id)).toEqual(full.nodes.map((n) => n.id));
    expect(lean.links.map((l) => l.id).sort()).toEqual(full.links.map((l) => l.id).sort());
    expect(lean.meta).toEqual(full.meta);
    const fullById = new Map(full.nodes.map((n) => [n.id, n]));
    for (const n of lean.nodes) {
      const f = fullById.get(n.id)!;
      expect([n.kind, n.name, n.degree, n.capabilities]).toEqual([f.kind, f.name, f.degree, f.capabilities]);
      for (const key of PROVENANCE_KINDS) expect(n.provenance[key]).toEqual(f.provenance[key]);
      for (const key of NODE_PROPS) expect(n.props[key]).toEqual(f.props[key]);
    }
    const segment = lean.nodes.find((n) => n.kind === "Segment")!;
    expect(typeof segment.props.order).toBe("number");
    // What lean leaves out is really there in full: quotes of the reply's facts.
    expect(full.nodes.some((n) => n.provenance.quote)).toBe(true);
    expect(lean.nodes.some((n) => "quote" in n.provenance)).toBe(false);
    // The lean view is smaller (on the seed about 70 % of full: ids, names and links are most of either).
    expect(JSON.stringify(lean).length).toBeLessThan(JSON.stringify(full).length * 0.8);
  });

  it("leaves properties and the whole provenance to /api/nodes/:id", async () => {
    const lean = (await app.get("/api/graph?source=reply&limit=5000")).body as View;
    const quoted = lean.nodes[0]!;
    const { status, body } = await app.get(`/api/nodes/${encodeURIComponent(quoted.id)}`);
    expect(status).toBe(200);
    expect(body.node.provenance.quote).toBeTruthy();
    expect(Object.keys(body.node.props).length).toBeGreaterThanOrEqual(Object.keys(quoted.props).length);
  });
});

describe("lean /api/nodes/:id/neighbors", () => {
  const url = (id: string, query = "") => `/api/nodes/${encodeURIComponent(id)}/neighbors?limit=100${query}`;

  it("is lean by default, in exactly /api/graph's lean shape; detail=full has the quotes", async () => {
    const lean = (await app.get(url("chain:power-semi"))).body as View;
    const full = (await app.get(url("chain:power-semi", "&detail=full"))).body as View;
    expect(lean.nodes.length).toBeGreaterThan(5);
    expect(lean.nodes.map((n) => n.id)).toEqual(full.nodes.map((n) => n.id));
    expect(lean.meta).toEqual(full.meta);
    expect(full.nodes.some((n) => n.provenance.quote)).toBe(true);
    expect(lean.nodes.some((n) => "quote" in n.provenance || n.claims)).toBe(false);
    expect(full.links.some((l) => l.provenance.quote)).toBe(true);
    expect(lean.links.some((l) => "quote" in l.provenance)).toBe(false);
    // The same nodes and links as the lean graph view of the same ids: one shape for the canvas, whichever it asked.
    const ids = lean.nodes.map((n) => n.id);
    const view = (await app.get(`/api/graph?ids=${ids.map(encodeURIComponent).join(",")}&limit=500`)).body as View;
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(lean.nodes)).toEqual(byId(view.nodes));
    expect(byId(lean.links)).toEqual(byId(view.links));
  });

  it("refuses an unknown detail with a JSON 400 naming the parameter", async () => {
    const { status, body } = await app.get(url("chain:power-semi", "&detail=everything"));
    expect(status).toBe(400);
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(body.error.message).toContain("detail");
    const spec = (await app.get("/api/openapi.json")).body;
    const detail = spec.paths["/api/nodes/{id}/neighbors"].get.parameters.find(
      (p: { name: string }) => p.name === "detail",
    );
    expect(detail.description).toContain("GET /api/nodes/{id}");
    expect(detail.schema.default).toBe("lean");
  });
});

async function newProblem(name: string): Promise<string> {
  const { status, body } = await app.send(
    "POST",
    "/api/problems",
    problemBody(name, "测试用榜单，用于验证图视图缓存在写入后失效。"),
  );
  expect(status).toBe(201);
  cleanup.push(`/api/problems/${body.id}`);
  return body.id as string;
}

describe("the response cache and ETag", () => {
  const PROBLEMS = "/api/graph?kinds=Problem&limit=5000";
  const ids = async () => ((await app.get(PROBLEMS)).body as View).nodes.map((n) => n.id);

  it("shows a write by this server to the very next read (the cache never serves what was changed)", async () => {
    const before = await ids();
    expect(await ids()).toEqual(before); // now cached
    const created = await newProblem("测试：缓存失效");
    const after = await ids();
    expect(after).toContain(created);
    expect(after.length).toBe(before.length + 1);
    expect((await app.send("DELETE", `/api/problems/${created}`)).status).toBe(200);
    cleanup.pop();
    expect(await ids()).toEqual(before);
  });

  it("answers 304 to a current ETag, and 200 with the new body once a write changed the view", async () => {
    const first = await app.fetch(PROBLEMS);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get("cache-control")).toContain("no-cache");
    await first.arrayBuffer();
    const again = await app.fetch(PROBLEMS, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect((await again.arrayBuffer()).byteLength).toBe(0);
    // Another query has another ETag.
    const other = await app.fetch("/api/graph?kinds=Chain&limit=5000", { headers: { "if-none-match": etag } });
    expect(other.status).toBe(200);
    await other.arrayBuffer();

    const created = await newProblem("测试：ETag 失效");
    const changed = await app.fetch(PROBLEMS, { headers: { "if-none-match": etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect(((await changed.json()) as View).nodes.map((n) => n.id)).toContain(created);
  });

  it("sends a precompressed body in the encoding the client accepts", async () => {
    for (const encoding of ["gzip", "br"]) {
      const response = await app.fetch("/api/graph", { headers: { "accept-encoding": encoding } });
      expect(response.headers.get("content-encoding")).toBe(encoding);
      expect(((await response.json()) as View).nodes.length).toBeGreaterThan(0);
    }
  });
});

/** Read an NDJSON answer line by line into one view. */
async function readStream(response: Response): Promise<{ view: View; lines: string[] }> {
  const lines = (await response.text()).split("\n").filter(Boolean);
  const view: View = { nodes: [], links: [], meta: { truncated: false, total: 0 } };
  let sawMeta = false;
  for (const line of lines) {
    const value = JSON.parse(line) as Partial<View>;
    expect(sawMeta).toBe(false); // meta is the last line
    if (value.nodes) {
      expect(view.links).toHaveLength(0); // every node comes before the first link
      view.nodes.push(...value.nodes);
    }
    if (value.links) view.links.push(...value.links);
    if (value.meta) {
      view.meta = value.meta;
      sawMeta = true;
    }
  }
  expect(sawMeta).toBe(true);
  return { view, lines };
}

describe("streamed /api/graph (NDJSON)", () => {
  it("streams nodes, then links, then meta: the same view as the JSON answer", async () => {
    for (const query of ["limit=5000", "limit=5000&detail=full", "chain=chain:power-semi&limit=2000", "limit=7"]) {
      const json = (await app.get(`/api/graph?${query}`)).body as View;
      const response = await app.fetch(`/api/graph?${query}&stream=true`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("application/x-ndjson");
      const { view, lines } = await readStream(response);
      expect(view).toEqual(json);
      expect(lines.length).toBeGreaterThanOrEqual(2);
    }
  });

  it("is chosen by Accept: application/x-ndjson too, and a missing chain is still a JSON 404", async () => {
    const response = await app.fetch("/api/graph?limit=20", { headers: { accept: "application/x-ndjson" } });
    expect(response.headers.get("content-type")).toContain("application/x-ndjson");
    expect((await readStream(response)).view.nodes).toHaveLength(20);
    const missing = await app.get("/api/graph?chain=chain:nope&stream=true");
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBeTruthy();
  });
});
