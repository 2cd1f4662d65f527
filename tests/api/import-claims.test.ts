import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanupImports, upload } from "../setup/import-helpers";
import { startTestApp, type RunningApp } from "../setup/test-db";

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await cleanupImports(app.db, "t13-");
  await app.close();
});

const ID = "ent:t13-cited";
const apply = (uploadId: string) =>
  app.send("POST", `/api/import/uploads/${uploadId}/apply`, { entity: "organisations" });

describe("import: a source column per value (issue 13)", () => {
  it("stores '成立年份 来源' as the citation of founded, and drops it when a later file changes the value", async () => {
    const csv =
      "编号,类型,名称,是否本地,成立年份,成立年份 来源\n" +
      `${ID},企业,株洲引证测试有限公司,是,2015,https://example.com/annual-report\n`;
    const up = await upload(app, "t13-cited.csv", csv);
    expect(up.body.mapping).toEqual(["id", "kind", "name", "local", "founded", "source:founded"]);
    const res = await apply(up.body.uploadId);
    expect(res.status).toBe(200);
    const { body } = await app.get(`/api/nodes/${encodeURIComponent(ID)}`);
    expect(body.node.props.founded).toBe(2015);
    expect(body.node.provenance).toMatchObject({ source: "import", basis: "stated", file: "t13-cited.csv" });
    expect(body.node.claims.founded).toEqual([
      expect.objectContaining({
        source: "import",
        url: "https://example.com/annual-report",
        file: "t13-cited.csv",
        row: 2,
      }),
    ]);

    // the same file again: nothing changes; a new value without a citation: the old citation goes
    const again = await apply((await upload(app, "t13-cited.csv", csv)).body.uploadId);
    expect(again.body.summary).toMatchObject({ unchanged: 1, updated: 0 });
    const changed = await apply(
      (
        await upload(
          app,
          "t13-changed.csv",
          "编号,类型,名称,是否本地,成立年份\n" + `${ID},企业,株洲引证测试有限公司,是,2016\n`,
        )
      ).body.uploadId,
    );
    expect(changed.body.summary).toMatchObject({ updated: 1 });
    const after = (await app.get(`/api/nodes/${encodeURIComponent(ID)}`)).body.node;
    expect(after.props.founded).toBe(2016);
    expect(after.claims?.founded).toBeUndefined();
  });

  it("refuses a citation of a value the row does not set, and writes nothing", async () => {
    const csv =
      "编号,类型,名称,是否本地,成立年份,成立年份 来源\n" +
      "ent:t13-bad,企业,株洲引证错误有限公司,是,,https://example.com/x\n";
    const res = await apply((await upload(app, "t13-bad.csv", csv)).body.uploadId);
    expect(res.status).toBe(422);
    expect(JSON.stringify(res.body)).toContain("founded");
    expect((await app.get(`/api/nodes/${encodeURIComponent("ent:t13-bad")}`)).status).toBe(404);
  });
});
