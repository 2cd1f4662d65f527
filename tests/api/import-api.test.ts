import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanupImports, entityCounts, preview, upload } from "../setup/import-helpers";
import { startTestApp, type RunningApp } from "../setup/test-db";
import { expectSearchTextsCurrent } from "../setup/search-texts";

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await cleanupImports(app.db, "t7-");
  await app.close();
});

const ORG_HEADER = "编号,类型,名称,英文名称,别名,区县,是否本地,成立年份\n";
const SEED_ROW = ',企业,株洲中车时代半导体有限公司,"Zhuzhou CRRC Times Semiconductor Co., Ltd.",,,是,\n';

async function apply(uploadId: string, options: Record<string, unknown>) {
  return app.send("POST", `/api/import/uploads/${uploadId}/apply`, options);
}

async function nodeProps(id: string) {
  const result = await app.db.readTx((tx) =>
    tx.raw("MATCH (n:Entity {id: $id}) RETURN properties(n) AS p, labels(n) AS labels", { id }),
  );
  const record = result.records[0];
  return record
    ? ({ ...(record.get("p") as Record<string, unknown>), labels: record.get("labels") as string[] } as Record<
        string,
        unknown
      > & { labels: string[] })
    : null;
}

describe("import: dry run", () => {
  it("previews new, unchanged and error rows (row, column, reason) without writing anything", async () => {
    const before = await entityCounts(app.db);
    const csv =
      ORG_HEADER +
      "ent:t7-alpha,企业,株洲阿尔法测试有限公司,Alpha Test,阿尔法；Alpha,天元区,是,2019\n" +
      SEED_ROW +
      "ent:t7-beta,企业,贝塔测试,,,,maybe,20x9\n" +
      "ent:t7-gamma,,伽马测试,,,,是,\n";
    const res = await preview(app, "t7-preview.csv", csv, { entity: "organisations" });
    expect(res.status).toBe(200);
    const { summary, errors, rows } = res.body;
    expect(summary).toEqual({ rows: 4, new: 1, updated: 0, unchanged: 1, errors: 2 });
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 4, column: "是否本地", reason: "bad_type", value: "maybe" }),
        expect.objectContaining({ row: 4, column: "成立年份", reason: "bad_type", value: "20x9" }),
        expect.objectContaining({ row: 5, column: "类型", reason: "missing_required" }),
      ]),
    );
    expect(rows.find((r: { row: number }) => r.row === 2)).toMatchObject({ status: "new", ids: ["ent:t7-alpha"] });
    expect(rows.find((r: { row: number }) => r.row === 3)).toMatchObject({
      status: "unchanged",
      ids: ["ent:crrc-times-semi"],
    });
    expect(await entityCounts(app.db)).toEqual(before);
  });

  it("names the missing column when the headers are wrong, and suggests nothing", async () => {
    const res = await preview(app, "t7-wrong.csv", "公司,地址\n甲公司,株洲\n", { entity: "organisations" });
    expect(res.upload.body.entity).toBeNull();
    expect(res.status).toBe(200);
    const missing = res.body.errors
      .filter((e: { reason: string }) => e.reason === "missing_column")
      .map((e: { column: string }) => e.column);
    expect(missing).toEqual(expect.arrayContaining(["类型", "名称", "是否本地"]));
    expect(res.body.summary.new).toBe(0);
  });

  it("accepts a column mapping for files whose headers differ", async () => {
    const csv = "单位名称,单位性质,本地\n株洲映射测试有限公司,企业,是\n";
    const up = await upload(app, "t7-mapped.csv", csv);
    const res = await app.send("POST", `/api/import/uploads/${up.body.uploadId}/preview`, {
      entity: "organisations",
      mapping: ["name", "kind", "local"],
    });
    expect(res.status).toBe(200);
    expect(res.body.errors).toEqual([]);
    expect(res.body.summary.new).toBe(1);
    expect(res.body.rows[0].ids[0]).toMatch(/^ent:imp-[0-9a-f]{12}$/);
  });

  it("reports duplicate ids and unknown, ambiguous or wrongly-typed references", async () => {
    const orgs = ORG_HEADER + "ent:t7-dup,企业,重复一,,,,是,\nent:t7-dup,企业,重复二,,,,是,\n";
    const dup = await preview(app, "t7-dup.csv", orgs, { entity: "organisations" });
    expect(dup.body.errors).toEqual([expect.objectContaining({ row: 3, column: "编号", reason: "duplicate_id" })]);

    const caps =
      "组织,技术领域,能力等级\n" +
      "ent:crrc-times-semi,tech:igbt,3\n" +
      "不存在的公司,tech:igbt,2\n" +
      "ent:crrc-times-semi,chain:rail,2\n" +
      "ent:crrc-times-semi,tech:igbt,4\n";
    const res = await preview(app, "t7-caps.csv", caps, { entity: "capabilities" });
    expect(res.status).toBe(200);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 3, column: "组织", reason: "unknown_reference", value: "不存在的公司" }),
        expect.objectContaining({ row: 4, column: "技术领域", reason: "wrong_kind", value: "chain:rail" }),
        expect.objectContaining({ row: 5, column: "能力等级", reason: "bad_value" }),
      ]),
    );
    expect(res.body.rows.find((r: { row: number }) => r.row === 2).status).toBe("unchanged");
  });

  it("reads GBK (as Excel in China saves CSV) and UTF-8 with a BOM alike", async () => {
    const text = `${ORG_HEADER}ent:t7-gbk,企业,株洲国标编码测试有限公司,,,荷塘区,是,\n`;
    const gbk = await preview(app, "t7-gbk.csv", new Uint8Array(iconv.encode(text, "gbk")), {
      entity: "organisations",
    });
    expect(gbk.upload.body.encoding).toBe("gb18030");
    expect(gbk.upload.body.entity).toBe("organisations");
    expect(gbk.body.errors).toEqual([]);
    expect(gbk.body.rows[0]).toMatchObject({ status: "new", name: "株洲国标编码测试有限公司" });
    const bom = await preview(app, "t7-bom.csv", `\uFEFF${text}`, { entity: "organisations" });
    expect(bom.upload.body.encoding).toBe("utf-8");
    expect(bom.body.rows[0].name).toBe("株洲国标编码测试有限公司");
    // Forcing the wrong encoding shows garbage, not a crash: the user can pick the right one.
    const forced = await app.send("POST", `/api/import/uploads/${gbk.upload.body.uploadId}/preview`, {
      entity: "organisations",
      encoding: "utf-8",
    });
    expect(forced.status).toBe(200);
    expect(forced.body.rows[0]?.name ?? "").not.toBe("株洲国标编码测试有限公司");
  });

  it("refuses an empty file and one with a header only, clearly", async () => {
    const empty = await upload(app, "t7-empty.csv", "");
    expect(empty.status).toBe(422);
    expect(empty.body.error.code).toBe("EMPTY_FILE");
    const headerOnly = await preview(app, "t7-header.csv", ORG_HEADER, { entity: "organisations" });
    expect(headerOnly.body.errors).toEqual([
      expect.objectContaining({ row: 0, reason: "file", message: expect.stringContaining("no data rows") }),
    ]);
  });

  it("refuses a 25 MB file with 413 and a clear message", async () => {
    const big = new Uint8Array(25 * 1024 * 1024).fill(0x41);
    const res = await upload(app, "t7-big.csv", big);
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("FILE_TOO_LARGE");
    expect(res.body.error.message).toMatch(/25\.0 MB.*20\.0 MB/);
  });

  it("reads XLSX with a merged title row and merged two-level header cells", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("企业名单");
    ws.addRow(["株洲市2025年企业名单"]);
    ws.mergeCells("A1:E1");
    ws.addRow(["编号", "基本信息", null, "是否本地", "成立年份"]);
    ws.addRow([null, "名称", "类型", null, null]);
    ws.mergeCells("B2:C2");
    ws.mergeCells("A2:A3");
    ws.mergeCells("D2:D3");
    ws.mergeCells("E2:E3");
    ws.addRow(["ent:t7-xlsx", "株洲表格测试有限公司", "企业", "是", 2021]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const res = await preview(app, "t7-merged.xlsx", bytes, { entity: "organisations" });
    expect(res.upload.body).toMatchObject({
      format: "xlsx",
      sheets: ["企业名单"],
      headers: ["编号", "基本信息 名称", "基本信息 类型", "是否本地", "成立年份"],
      entity: "organisations",
    });
    expect(res.upload.body.mapping).toEqual(["id", "name", "kind", "local", "founded"]);
    expect(res.body.errors).toEqual([]);
    expect(res.body.rows[0]).toMatchObject({ row: 4, status: "new", ids: ["ent:t7-xlsx"] });
  });
});

describe("import: apply", () => {
  it("writes atomically with provenance and an audit entry; the same file again changes nothing", async () => {
    const csv =
      ORG_HEADER + "ent:t7-apply,企业,株洲应用测试有限公司,Apply Test Co.,应用测试,天元区,是,2020\n" + SEED_ROW;
    const up = await upload(app, "t7-apply.csv", csv);
    const before = await entityCounts(app.db);
    const first = await apply(up.body.uploadId, { entity: "organisations" });
    expect(first.status).toBe(200);
    expect(first.body.summary).toMatchObject({ new: 1, unchanged: 1, errors: 0 });
    expect(first.body.created).toEqual(["ent:t7-apply"]);
    expect(await entityCounts(app.db)).toEqual({ nodes: before.nodes + 1, links: before.links });
    const stored = await nodeProps("ent:t7-apply");
    expect(stored).toMatchObject({
      name: "株洲应用测试有限公司",
      kind: "Enterprise",
      local: true,
      founded: 2020,
      aliases: ["应用测试"],
      source: "import",
      file: "t7-apply.csv",
      row: 2,
      by: "test-admin",
    });
    expect(stored!.labels.sort()).toEqual(["Enterprise", "Entity", "Org"]);
    expect(stored!.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const audit = await app.get(`/api/audit?importId=${first.body.importId}`);
    expect(audit.body.entries).toHaveLength(1);
    expect(audit.body.entries[0]).toMatchObject({
      action: "import.apply",
      by: "test-admin",
      file: "t7-apply.csv",
      changes: [{ id: "ent:t7-apply", op: "create" }],
    });

    const search = await app.get(`/api/search?q=${encodeURIComponent("应用测试")}`);
    expect(search.body.hits.map((h: { id: string }) => h.id)).toContain("ent:t7-apply");

    // Re-importing the same file: a no-op (nothing new, nothing updated, the stored node untouched).
    const again = await upload(app, "t7-apply.csv", csv);
    const second = await apply(again.body.uploadId, { entity: "organisations" });
    expect(second.body.summary).toMatchObject({ new: 0, updated: 0, unchanged: 2 });
    const after = await nodeProps("ent:t7-apply");
    expect({ ...after, labels: after!.labels.sort() }).toEqual({ ...stored, labels: stored!.labels.sort() });
    expect(await entityCounts(app.db)).toEqual({ nodes: before.nodes + 1, links: before.links });
  });

  it("updates only the changed fields and shows them in the preview", async () => {
    const csv = ORG_HEADER + "ent:t7-upd,企业,株洲更新测试有限公司,,,芦淞区,是,2010\n";
    await apply((await upload(app, "t7-upd.csv", csv)).body.uploadId, { entity: "organisations" });
    const changed = csv.replace("芦淞区", "石峰区");
    const res = await preview(app, "t7-upd2.csv", changed, { entity: "organisations" });
    expect(res.body.rows[0]).toMatchObject({
      status: "updated",
      changes: [{ id: "ent:t7-upd", field: "district", before: "芦淞区", after: "石峰区" }],
    });
    const applied = await apply(res.upload.body.uploadId, { entity: "organisations" });
    expect(applied.body.summary.updated).toBe(1);
    expect(await nodeProps("ent:t7-upd")).toMatchObject({ district: "石峰区", founded: 2010, file: "t7-upd2.csv" });
  });

  it("refuses a file with any bad row and leaves the database exactly as it was", async () => {
    const before = await entityCounts(app.db);
    const csv = ORG_HEADER + "ent:t7-good,企业,株洲好行测试有限公司,,,,是,\nent:t7-bad,外星人,坏行,,,,是,\n";
    const res = await apply((await upload(app, "t7-bad.csv", csv)).body.uploadId, { entity: "organisations" });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("IMPORT_INVALID");
    expect(res.body.error.details.errors[0]).toMatchObject({ row: 3, column: "类型", reason: "bad_value" });
    expect(await entityCounts(app.db)).toEqual(before);
    expect(await nodeProps("ent:t7-good")).toBeNull();
  });

  it("imports links (capabilities by organisation name and technology id), idempotently", async () => {
    const orgs = ORG_HEADER + "ent:t7-linker,企业,株洲链接测试有限公司,,链接测试,,是,\n";
    await apply((await upload(app, "t7-linker.csv", orgs)).body.uploadId, { entity: "organisations" });
    const caps = "组织,技术领域,能力等级,依据\n链接测试,tech:igbt,2,样品\n株洲链接测试有限公司,tech:power-semi,1,\n";
    const up = await upload(app, "t7-caps-ok.csv", caps);
    expect(up.body.entity).toBe("capabilities");
    const before = await entityCounts(app.db);
    const first = await apply(up.body.uploadId, { entity: "capabilities" });
    expect(first.body.summary).toMatchObject({ new: 2, errors: 0 });
    expect((await entityCounts(app.db)).links).toBe(before.links + 2);
    const second = await apply((await upload(app, "t7-caps-ok.csv", caps)).body.uploadId, { entity: "capabilities" });
    expect(second.body.summary).toMatchObject({ new: 0, unchanged: 2 });
    expect((await entityCounts(app.db)).links).toBe(before.links + 2);
  });

  it("round-trips the JSON export of a view through a graph import", async () => {
    const exported = await app.fetch("/api/export?format=json&chain=chain:power-semi");
    const json = await exported.text();
    const res = await preview(app, "t7-roundtrip.json", json, { entity: "graph" });
    expect(res.status).toBe(200);
    expect(res.body.errors).toEqual([]);
    expect(res.body.summary.new + res.body.summary.updated).toBe(0);
    expect(res.body.summary.unchanged).toBe(res.body.summary.rows);
  });
});

describe("derived search text (decision 043)", () => {
  it("every entity's search text equals its definition after this file's writes", async () => {
    await expectSearchTextsCurrent(app.db);
  });
});
