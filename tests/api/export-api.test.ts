import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExportGraphJson } from "../../server/contracts/export";
import { startTestApp, type RunningApp } from "../setup/test-db";

let app: RunningApp;
const FORMULAS = ['=HYPERLINK("http://evil.example","点我")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(1,2)"];

beforeAll(async () => {
  app = await startTestApp();
  await app.db.writeTx((tx) =>
    tx.raw(
      "UNWIND range(0, size($names) - 1) AS i CREATE (:Entity:Org:Enterprise {id: 'ent:t7-formula-' + i, kind: 'Enterprise', name: $names[i], nameEn: 'formula probe', local: true, source: 'illustrative', asOf: '2026-01-01'})",
      { names: FORMULAS },
    ),
  );
});
afterAll(async () => {
  await app.db.writeTx((tx) => tx.raw("MATCH (n:Entity) WHERE n.id STARTS WITH 'ent:t7-formula-' DETACH DELETE n"));
  await app.close();
});

async function download(path: string) {
  const response = await app.fetch(path);
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

describe("exports", () => {
  it("exports a filtered view as JSON with the same nodes as GET /api/graph", async () => {
    const { response, bytes } = await download("/api/export?format=json&chain=chain:power-semi");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(
      /attachment; filename="?chainatlas-chain-power-semi-\d{4}-\d{2}-\d{2}\.json"?/,
    );
    const data = JSON.parse(strFromU8(bytes));
    const view = await app.get("/api/graph?chain=chain:power-semi&limit=5000");
    expect(data.format).toBe("chainatlas-graph");
    expect(data.nodes.map((n: { id: string }) => n.id).sort()).toEqual(
      view.body.nodes.map((n: { id: string }) => n.id).sort(),
    );
    expect(data.links).toHaveLength(view.body.links.length);
    expect(data.links[0]).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        type: expect.any(String),
        from: expect.any(String),
        to: expect.any(String),
        provenance: expect.any(Object),
      }),
    );
  });

  it("neutralises formulas in CSV (zip, one file per entity) and XLSX exports", async () => {
    const { response, bytes } = await download(`/api/export?format=csv&q=${encodeURIComponent("formula probe")}`);
    expect(response.headers.get("content-type")).toBe("application/zip");
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toContain("organisations.csv");
    expect([...files["organisations.csv"]!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM for Excel
    const csv = strFromU8(files["organisations.csv"]!);
    for (const formula of FORMULAS) {
      const quoted = `'${formula}`;
      const cell = /[",]/.test(quoted) ? `"${quoted.replace(/"/g, '""')}"` : quoted;
      expect(csv).toContain(cell);
    }
    expect(csv.split("\r\n").some((line) => /(^|,)[=+\-@]/.test(line))).toBe(false);

    const xlsx = await download(`/api/export?format=xlsx&q=${encodeURIComponent("formula probe")}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const names: string[] = [];
    workbook.getWorksheet("organisations")!.eachRow((row, n) => n > 1 && names.push(String(row.getCell(3).value)));
    expect(names.sort()).toEqual(FORMULAS.map((f) => `'${f}`).sort());
  });

  it("writes GraphML that Gephi reads: declared keys, every node and edge", async () => {
    const { bytes } = await download("/api/export?format=graphml&chain=chain:rail");
    const text = strFromU8(bytes);
    const view = await app.get("/api/graph?chain=chain:rail&limit=5000");
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(text.match(/<node id=/g)).toHaveLength(view.body.nodes.length);
    expect(text.match(/<edge id=/g)).toHaveLength(view.body.links.length);
    expect(text).toMatch(/<key id="n\d+" for="node" attr.name="label" attr.type="string"\/>/);
    const declared = new Set([...text.matchAll(/<key id="([^"]+)"/g)].map((m) => m[1]));
    const used = new Set([...text.matchAll(/<data key="([^"]+)"/g)].map((m) => m[1]));
    expect([...used].filter((k) => !declared.has(k))).toEqual([]);
    expect(text).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });

  it("writes a Cypher script that recreates the view exactly (checked in a transaction that is rolled back)", async () => {
    const { bytes } = await download("/api/export?format=cypher&chain=chain:aviation-lowalt");
    const script = strFromU8(bytes);
    const statements = script
      .split("\n")
      .filter((line) => line.trim() && !line.startsWith("//") && !line.startsWith("CREATE CONSTRAINT"));
    const view = await app.get("/api/graph?chain=chain:aviation-lowalt&limit=5000");
    const ids = view.body.nodes.map((n: { id: string }) => n.id);
    const snapshot = (tx: Parameters<Parameters<typeof app.db.readTx>[0]>[0]) =>
      tx.raw(
        "MATCH (n:Entity) WHERE n.id IN $ids WITH n ORDER BY n.id WITH collect([n.id, labels(n), properties(n)]) AS nodes " +
          "CALL (nodes) { MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids WITH r ORDER BY r.id RETURN collect([type(r), properties(r)]) AS rels } RETURN nodes, rels",
        { ids },
      );
    const before = await app.db.readTx(async (tx) => (await snapshot(tx)).records[0]!.toObject());
    class Rollback extends Error {}
    let recreated: unknown = null;
    await expect(
      app.db.writeTx(async (tx) => {
        await tx.raw("MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n", { ids });
        for (const statement of statements) await tx.raw(statement);
        recreated = (await snapshot(tx)).records[0]!.toObject();
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);
    const sortLabels = (s: any) => ({
      ...s,
      nodes: s.nodes.map(([id, labels, props]: [string, string[], unknown]) => [id, [...labels].sort(), props]),
    });
    expect(sortLabels(recreated)).toEqual(sortLabels(before));
    expect(await app.db.readTx(async (tx) => (await snapshot(tx)).records[0]!.toObject())).toEqual(before);
  });
});

describe("JSON export contract", () => {
  const LINK = "IN_CHAIN:plat:csu-skl-powder-metallurgy->chain:carbide-materials";
  afterAll(async () => {
    await app.db.writeTx((tx) => tx.raw("MATCH ()-[r {id: $id}]->() REMOVE r.checks", { id: LINK }));
  });

  // schemathesis found it: a re-verified link carries claims, which the exact export schema did not allow.
  it("matches its schema when links carry claims (a re-verified link)", async () => {
    const url = "http://www.enghunan.gov.cn/hneng/Business/Enterprises/201005/t20100513_1804899.html";
    expect((await app.send("POST", "/api/freshness/reverify", { id: LINK, url })).status).toBe(201);
    const { response, bytes } = await download("/api/export?format=json&chain=chain:carbide-materials");
    expect(response.status).toBe(200);
    const parsed = ExportGraphJson.parse(JSON.parse(new TextDecoder().decode(bytes)));
    expect(parsed.links.find((l) => l.id === LINK)?.claims).toBeTruthy();
  });
});
