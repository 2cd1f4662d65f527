// Issue 16's “done when”: applying the reply's proposals to a database without the reply's facts reproduces the
// seed's hand-curated reply links to the measured recall, creates no duplicate of a reply node, and re-applying
// changes nothing. The reply-sourced links are taken out for the test and merged back from the seed afterwards.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDataset, REPLY_FILE } from "../../seed/dataset";
import { loadSeed } from "../../seed/load";
import { entityCounts } from "../setup/import-helpers";
import { startTestApp, type Client, type RunningApp } from "../setup/test-db";
import { expectSearchTextsCurrent } from "../setup/search-texts";

const dataset = readDataset();
const replyLinks = dataset.links.filter((l) => l.prov.source === "reply");
const replyNodes = new Set(dataset.nodes.filter((n) => n.prov.source === "reply").map((n) => n.id));
const key = (type: string, from: string, to: string) =>
  type === "COLLABORATES_WITH" && to < from ? `${type} ${to} ${from}` : `${type} ${from} ${to}`;
const gold = new Set(replyLinks.map((l) => key(l.type, l.from, l.to)));

let app: RunningApp;
let analyst: Client;
let documentId: string | null = null;

async function goldPresent(): Promise<number> {
  const rows = await app.db.readTx(async (tx) =>
    (
      await tx.raw(
        "MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids RETURN type(r) AS t, a.id AS a, b.id AS b",
        { ids: [...replyNodes, ...new Set(replyLinks.flatMap((l) => [l.from, l.to]))] },
      )
    ).records.map((r) => key(r.get("t"), r.get("a"), r.get("b"))),
  );
  return new Set(rows.filter((k) => gold.has(k))).size;
}

beforeAll(async () => {
  app = await startTestApp();
  analyst = await app.as("analyst");
  await app.db.writeTx((tx) => tx.raw("MATCH ()-[r]->() WHERE r.source = 'reply' DELETE r"));
});
afterAll(async () => {
  await app.db.writeTx(async (tx) => {
    if (documentId) {
      const ids = [documentId];
      await tx.raw("MATCH ()-[r]->() WHERE r.source = 'document' AND r.documentId IN $ids DELETE r", { ids });
      await tx.raw("MATCH (n:Entity) WHERE n.source = 'document' AND n.documentId IN $ids DETACH DELETE n", { ids });
      await tx.raw("MATCH (d:Document) WHERE d.id IN $ids DELETE d", { ids });
    }
  });
  await loadSeed(app.db, { nodes: [], links: replyLinks });
  expect(await goldPresent()).toBe(gold.size);
  await app.close();
});

describe("applying the reply to a database without its facts", () => {
  it("reproduces the curated reply links to the measured recall, duplicates no node, and re-applying changes nothing", async () => {
    expect(await goldPresent()).toBe(0);
    const res = await analyst.fetch(`/api/documents?file=reply-2025-37.txt`, {
      method: "POST",
      headers: { "content-type": "application/octet-stream" },
      body: fs.readFileSync(REPLY_FILE),
    });
    const up = (await res.json()) as any;
    expect([201, 200]).toContain(res.status);
    if (res.status === 201) documentId = up.document.id;
    const p = (await analyst.get(`/api/documents/${up.document.id}/proposals`)).body;

    // Accept what an analyst accepting every proposal between existing nodes would: the links and their ends.
    const links = p.links.filter((l: any) => l.source.id && l.target.id);
    const proposedGold = new Set(
      links.map((l: any) => key(l.type, l.source.id, l.target.id)).filter((k: string) => gold.has(k)),
    );
    const ends = new Set<string>(links.flatMap((l: any) => [l.source.ref, l.target.ref]));
    const body = { accept: [...ends, ...links.map((l: any) => l.id)] };
    const before = await entityCounts(app.db);
    const applied = await analyst.send("POST", `/api/documents/${up.document.id}/apply`, body);
    expect(applied.status).toBe(200);
    // Every end is an existing node: nothing is created twice.
    expect(applied.body.created.nodes).toBe(0);
    expect((await entityCounts(app.db)).nodes).toBe(before.nodes);

    // The curated links the proposals name are now in the graph — the bench's link recall, measured in Neo4j.
    const present = await goldPresent();
    expect(present).toBe(proposedGold.size);
    expect(present / gold.size).toBeGreaterThanOrEqual(0.45);

    const again = await analyst.send("POST", `/api/documents/${up.document.id}/apply`, body);
    expect(again.status).toBe(200);
    expect(again.body.created).toEqual({ nodes: 0, links: 0 });
    expect(await goldPresent()).toBe(present);

    // What was written carries the document's provenance and its quote.
    const sample = await app.db.readTx(async (tx) =>
      (
        await tx.raw(
          "MATCH (:Entity {id: 'assoc:jiusan'})-[r:PROPOSED]->(:Entity {id: 'pol:sugg-autonomy'}) RETURN properties(r) AS p",
        )
      ).records.map((r) => r.get("p")),
    );
    expect(sample).toHaveLength(1);
    expect(sample[0]).toMatchObject({ source: "document", uncertain: true, documentId: up.document.id });
    expect(fs.readFileSync(REPLY_FILE, "utf8")).toContain(sample[0].quote);
  });
});

describe("derived search text (decision 043)", () => {
  it("every entity's search text equals its definition after this file's writes", async () => {
    await expectSearchTextsCurrent(app.db);
  });
});
