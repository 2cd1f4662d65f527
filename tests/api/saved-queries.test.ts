import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type RunningApp } from "../setup/test-db";

let app: RunningApp;
const created: string[] = [];
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  for (const id of created) await app.send("DELETE", `/api/queries/${id}`);
  await app.close();
});

const V1 = {
  title: "本地企业数",
  description: "每条链的本地企业",
  text: "MATCH (o:Enterprise {local: true})-[:IN_SEGMENT]->(:Segment)-[:PART_OF]->(c:Chain {id: $chain}) RETURN c.name AS chain, count(DISTINCT o) AS n",
  params: [{ name: "chain", type: "chainId", default: "chain:power-semi" }],
  view: "bar",
  bar: { x: "chain", y: "n" },
  note: "first",
};

describe("analysts' saved queries", () => {
  it("round-trips the version history: save, save again, view, restore, delete", async () => {
    const first = await app.send("POST", "/api/queries", V1);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const id = first.body.id as string;
    created.push(id);
    expect(id).toMatch(/^u-/);
    expect(first.body).toMatchObject({ builtin: false, category: "user", version: 1, view: "bar", text: V1.text });

    const v2Text = V1.text.replace("local: true", "local: false");
    const second = await app.send("PUT", `/api/queries/${id}`, {
      ...V1,
      title: "外地企业数",
      text: v2Text,
      note: "non-local",
    });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ version: 2, text: v2Text, title: { zh: "外地企业数" } });

    const list = await app.get("/api/queries");
    expect(list.body.queries.find((q: { id: string }) => q.id === id)).toMatchObject({
      builtin: false,
      title: { zh: "外地企业数" },
    });

    const versions = await app.get(`/api/queries/${id}/versions`);
    expect(versions.body.current).toBe(2);
    expect(versions.body.versions.map((v: { n: number; note: string }) => [v.n, v.note])).toEqual([
      [2, "non-local"],
      [1, "first"],
    ]);
    const old = await app.get(`/api/queries/${id}/versions/1`);
    expect(old.body).toMatchObject({
      n: 1,
      text: V1.text,
      title: V1.title,
      params: [{ name: "chain", type: "chainId" }],
      bar: V1.bar,
    });

    const restored = await app.send("POST", `/api/queries/${id}/versions/1/restore`, {});
    expect(restored.body).toMatchObject({ version: 3, text: V1.text, title: { zh: V1.title } });
    const v3 = await app.get(`/api/queries/${id}/versions/3`);
    expect(v3.body).toMatchObject({ restoredFrom: 1, note: "restored version 1" });
    expect((await app.get(`/api/queries/${id}/versions`)).body.versions).toHaveLength(3);

    const run = await app.send("POST", `/api/queries/${id}/run`, { params: { chain: "chain:rail" } });
    expect(run.status).toBe(200);
    expect(run.body.rows[0][0]).toBe("轨道交通装备产业链");

    const deleted = await app.send("DELETE", `/api/queries/${id}`);
    expect(deleted.body).toEqual({ deleted: id });
    expect((await app.get(`/api/queries/${id}`)).status).toBe(404);
    expect((await app.get(`/api/queries/${id}/versions`)).status).toBe(404);
    // A soft delete: hidden from the library, every version kept for an admin to restore (history only grows).
    const kept = await app.db.readTx((tx) =>
      tx.raw(
        "MATCH (q:SavedQuery {id: $id})-[:HAS_VERSION]->(v:QueryVersion) RETURN count(v) AS c, q.deletedAt IS NOT NULL AS hidden",
        { id },
      ),
    );
    expect(kept.records[0]!.get("c")).toBe(3);
    expect(kept.records[0]!.get("hidden")).toBe(true);
  });

  it("is bookkeeping: saved queries are not :Entity and never show up in the graph or search", async () => {
    const { body } = await app.send("POST", "/api/queries", { ...V1, title: "BookkeepingProbeQuery" });
    created.push(body.id);
    const labels = await app.db.readTx((tx) =>
      tx.raw("MATCH (q:SavedQuery {id: $id}) RETURN labels(q) AS l", { id: body.id }),
    );
    expect(labels.records[0]!.get("l")).toEqual(["SavedQuery"]);
    const search = await app.get("/api/search?q=BookkeepingProbeQuery");
    expect(search.body.hits).toEqual([]);
  });

  it("validates what it saves: parameters must match the text, syntax must be valid, ids must exist", async () => {
    const undeclared = await app.send("POST", "/api/queries", { ...V1, params: [] });
    expect(undeclared.status).toBe(400);
    expect(undeclared.body.error.message).toContain("params");
    const syntax = await app.send("POST", "/api/queries", { ...V1, text: "MATCH (n) RETRUN n", params: [] });
    expect(syntax.status).toBe(400);
    expect(syntax.body.error.code).toBe("CYPHER_SYNTAX");
    const badDefault = await app.send("POST", "/api/queries", {
      ...V1,
      params: [{ name: "chain", type: "chainId", default: "chain:atlantis" }],
    });
    expect(badDefault.status).toBe(400);
    expect(badDefault.body.error.details.param).toBe("chain");
    const noTitle = await app.send("POST", "/api/queries", { ...V1, title: "" });
    expect(noTitle.body.error.message).toContain("title");
    expect((await app.send("PUT", "/api/queries/u-doesnotexist", V1)).status).toBe(404);
    expect((await app.get("/api/queries/u-doesnotexist/versions/1")).status).toBe(404);
    expect((await app.send("DELETE", "/api/queries/u-doesnotexist")).status).toBe(404);
  });
});
