import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type RunningApp } from "../setup/test-db";

let app: RunningApp;
const TARGET = "ent:crrc-zelc"; // public profile as of 2010: stale under the default 3 years
const LINK = "SUPPLIES:ent:kairuisi->ent:crrc-times-semi";
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.db.writeTx((tx) => tx.raw("MATCH (n:Entity {id: $id}) REMOVE n.checks", { id: TARGET }));
  await app.db.writeTx((tx) => tx.raw("MATCH ()-[r {id: $id}]->() REMOVE r.checks", { id: LINK }));
  await app.close();
});

const today = new Date().toISOString().slice(0, 10);
const fact = (body: any, id: string) => body.facts.find((f: { id: string }) => f.id === id);

describe("GET /api/freshness", () => {
  it("lists stale facts first, counts by source tier and kind, and names overdue projects", async () => {
    const { status, body } = await app.get("/api/freshness?limit=2000");
    expect(status).toBe(200);
    expect(body.staleAfterYears).toBe(3);
    expect(body.totals.stale).toBeGreaterThan(100);
    expect(body.totals.undated).toBeGreaterThan(0);
    const firstFresh = body.facts.findIndex((f: { stale: boolean }) => !f.stale);
    expect(body.facts.slice(0, firstFresh).every((f: { stale: boolean }) => f.stale)).toBe(true);
    expect(fact(body, TARGET)).toMatchObject({ stale: true, asOf: "2010-05-13", source: "public", tier: "A" });
    expect(
      body.groups.some(
        (g: { source: string; tier?: string; kind: string; stale: number }) =>
          g.source === "public" && g.tier && g.stale > 0,
      ),
    ).toBe(true);
    expect(body.overdueProjects).toContainEqual(
      expect.objectContaining({ id: "proj:lihe-houpu-cathode", reason: "planned-date-passed", plannedBy: "2022-12" }),
    );
  });

  it("filters by tier and kind, and is for analysts (a viewer gets 403)", async () => {
    const { body } = await app.get("/api/freshness?tier=C&kind=Enterprise");
    expect(body.facts.length).toBeGreaterThan(0);
    expect(body.facts.every((f: { tier: string; kind: string }) => f.tier === "C" && f.kind === "Enterprise")).toBe(
      true,
    );
    const viewer = await app.as("viewer");
    expect((await viewer.get("/api/freshness")).status).toBe(403);
    expect((await viewer.get("/api/freshness/settings")).body).toEqual({ staleAfterYears: 3 });
    expect((await app.get("/api/freshness?tier=D")).status).toBe(400);
  });
});

describe("POST /api/freshness/reverify", () => {
  it("records who checked which fact against which URL as a new claim; the fact's own date stays", async () => {
    const url = "http://www.enghunan.gov.cn/hneng/Business/Enterprises/201005/t20100513_1804899.html";
    const res = await app.send("POST", "/api/freshness/reverify", { id: TARGET, url, note: "官网简介仍在" });
    expect(res.status).toBe(201);
    expect(res.body.claim).toMatchObject({ url, asOf: today, by: "test-admin", outcome: "confirmed", check: true });
    const { body: node } = await app.get(`/api/nodes/${encodeURIComponent(TARGET)}`);
    expect(node.node.provenance.asOf).toBe("2010-05-13");
    expect(node.node.claims["*"]).toEqual([expect.objectContaining({ url, by: "test-admin", asOf: today })]);
    const { body } = await app.get("/api/freshness?limit=2000");
    expect(fact(body, TARGET)).toMatchObject({ stale: false, lastKnown: today, asOf: "2010-05-13" });
    const audit = await app.get("/api/audit?limit=5");
    expect(JSON.stringify(audit.body)).toContain("/api/freshness/reverify");
  });

  it("cites a property of a link; refuses a property the item lacks, an unknown id and a non-http URL", async () => {
    const ok = await app.send("POST", "/api/freshness/reverify", {
      id: LINK,
      property: "product",
      url: "http://gxj.zhuzhou.gov.cn//c16474/20231025/i2115347.html",
      outcome: "outdated",
    });
    expect(ok.status).toBe(201);
    const noProp = await app.send("POST", "/api/freshness/reverify", {
      id: LINK,
      property: "revenue",
      url: "https://example.com/a",
    });
    expect(noProp.status).toBe(400);
    expect(
      (await app.send("POST", "/api/freshness/reverify", { id: "ent:no-such", url: "https://example.com/a" })).status,
    ).toBe(404);
    expect((await app.send("POST", "/api/freshness/reverify", { id: TARGET, url: "javascript:alert(1)" })).status).toBe(
      400,
    );
    const checks = await app.db.readTx((tx) =>
      tx.raw("MATCH ()-[r {id: $id}]->() RETURN r.checks AS checks", { id: LINK }),
    );
    expect(checks.records[0]!.get("checks")).toHaveLength(1); // the refused one wrote nothing
  });
});
