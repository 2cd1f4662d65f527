import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { ENTITIES, entityDef } from "../../server/features/import/entities";
import { autoMap, normalizeHeader, suggestEntity } from "../../server/features/import/mapping";
import { detectDelimiter, parseCsv } from "../../server/features/import/parse/csv";
import { decodeText, detectEncoding } from "../../server/features/import/parse/encoding";
import { tableFromGrid } from "../../server/features/import/parse/table";
import { derivedId } from "../../server/features/import/plan";
import { validateRows } from "../../server/features/import/validate";

describe("encodings", () => {
  it("detects UTF-8 (with and without BOM), UTF-16LE and GBK", () => {
    const text = "名称,类型\n株洲,企业\n";
    expect(detectEncoding(new TextEncoder().encode(text))).toBe("utf-8");
    expect(detectEncoding(new TextEncoder().encode(`\uFEFF${text}`))).toBe("utf-8");
    expect(detectEncoding(new Uint8Array(iconv.encode(text, "gbk")))).toBe("gb18030");
    expect(detectEncoding(new Uint8Array(iconv.encode(text, "utf-16le", { addBOM: true })))).toBe("utf-16le");
    expect(decodeText(new Uint8Array(iconv.encode(text, "gbk")), "auto").text).toBe(text);
    expect(decodeText(new TextEncoder().encode(`\uFEFF${text}`), "auto").text).toBe(text);
    expect(decodeText(new Uint8Array(iconv.encode(text, "utf-16le", { addBOM: true })), "auto").text).toBe(text);
  });
});

describe("CSV", () => {
  it("finds the delimiter and reads quoted cells with commas, quotes and newlines", () => {
    expect(detectDelimiter("a;b;c\n1;2;3")).toBe(";");
    expect(detectDelimiter("a\tb\n")).toBe("\t");
    expect(detectDelimiter('"x,y";z\n')).toBe(";");
    expect(parseCsv('名称,说明\r\n"Co., Ltd.","他说""好""\n第二行"\r\n')).toEqual([
      ["名称", "说明"],
      ["Co., Ltd.", '他说"好"\n第二行'],
    ]);
  });
});

describe("tables", () => {
  it("skips title rows and keeps spreadsheet row numbers", () => {
    const table = tableFromGrid([
      ["株洲市企业名单", "", ""],
      ["", "", ""],
      ["名称", "类型", "是否本地"],
      ["甲", "企业", "是"],
      ["", "", ""],
      ["乙", "高校", "否"],
    ]);
    expect(table.headers).toEqual(["名称", "类型", "是否本地"]);
    expect(table.rows.map((r) => r.row)).toEqual([4, 6]);
  });

  it("handles a sheet of 200,000 rows (no argument-spreading limits)", () => {
    const grid = [["名称"], ...Array.from({ length: 200_000 }, (_, i) => [`单位${i}`])];
    expect(tableFromGrid(grid).rows).toHaveLength(200_000);
  });

  it("joins two-level headers from merged cells", () => {
    const grid = [
      ["编号", "联系方式", "联系方式"],
      ["编号", "电话", "邮箱"],
      ["x", "1", "a@b"],
    ];
    const table = tableFromGrid(grid, [
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 1, left: 2, bottom: 1, right: 3 },
    ]);
    expect(table.headers).toEqual(["编号", "联系方式 电话", "联系方式 邮箱"]);
    expect(table.rows).toEqual([{ row: 3, cells: ["x", "1", "a@b"] }]);
  });
});

describe("column mapping", () => {
  it("matches zh/en headers whatever their case, spacing or required markers", () => {
    expect(normalizeHeader(" 名称（必填）* ")).toBe("名称");
    expect(normalizeHeader("English Name")).toBe("englishname");
    const orgs = entityDef("organisations")!;
    expect(autoMap(["名称*", "Kind", "是否本地", "备注", "电话"], orgs)).toEqual([
      "name",
      "kind",
      "local",
      "note",
      null,
    ]);
    expect(autoMap(["名称", "名称"], orgs)).toEqual(["name", null]);
  });

  it("suggests the entity whose required columns are all present", () => {
    expect(suggestEntity(["名称", "类型", "是否本地"])).toBe("organisations");
    expect(suggestEntity(["组织", "技术领域", "能力等级"])).toBe("capabilities");
    expect(suggestEntity(["供应方", "采购方", "产品"])).toBe("supply-links");
    expect(suggestEntity(["foo", "bar"])).toBeNull();
  });

  it("has zh and en labels, a description and an example for every field", () => {
    for (const entity of ENTITIES)
      for (const f of entity.fields)
        expect([f.zh, f.en, f.descriptionZh, f.descriptionEn, f.example].every(Boolean)).toBe(true);
  });
});

describe("row validation (zod)", () => {
  const orgs = entityDef("organisations")!;
  const run = (cells: unknown[], headers = ["名称", "类型", "是否本地", "成立年份", "别名", "截至日期"]) =>
    validateRows(orgs, { headers, rows: [{ row: 2, cells }] }, autoMap(headers, orgs));

  it("reads Chinese booleans, kinds, lists and dates", () => {
    const { rows, errors } = run(["甲公司", "企业", "否", "2015", "甲；甲司、JIA", "2025/3/7"]);
    expect(errors).toEqual([]);
    expect(rows[0]!.draft.node).toMatchObject({
      kind: "Enterprise",
      content: { name: "甲公司", local: false, founded: 2015, aliases: ["甲", "甲司", "JIA"] },
    });
    expect(rows[0]!.asOf).toBe("2025-03-07");
  });

  it("names the column and the reason for each problem", () => {
    const { errors } = run(["", "外星", "也许", "二〇一五", "", "2025-02-30"]);
    expect(errors.map((e) => [e.column, e.reason]).sort()).toEqual(
      [
        ["名称", "missing_required"],
        ["类型", "bad_value"],
        ["是否本地", "bad_type"],
        ["成立年份", "bad_type"],
        ["截至日期", "bad_value"],
      ].sort(),
    );
  });

  it("takes the formula-guard apostrophe of our own exports off again", () => {
    const { rows } = run(["'=甲", "企业", "是", "", "", ""]);
    expect(rows[0]!.draft.node!.name).toBe("=甲");
  });

  it("derives stable ids from the name so files without ids re-import idempotently", () => {
    expect(derivedId("Enterprise", "株洲甲公司")).toBe(derivedId("Enterprise", " 株洲甲公司 "));
    expect(derivedId("Enterprise", "株洲甲公司").slice(4)).toBe(derivedId("University", "株洲甲公司").slice(4)); // one name space for organisations
    expect(derivedId("Enterprise", "株洲甲公司")).toMatch(/^ent:imp-[0-9a-f]{12}$/);
    expect(derivedId("Technology", "株洲甲公司")).not.toBe(
      derivedId("Enterprise", "株洲甲公司").replace("ent:", "tech:"),
    );
  });

  it("reads weighted technology lists on problems", () => {
    const problems = entityDef("problems")!;
    const headers = ["榜单名称", "技术领域"];
    const { rows } = validateRows(
      problems,
      { headers, rows: [{ row: 2, cells: ["难题", "tech:igbt*3；碳化硅"] }] },
      autoMap(headers, problems),
    );
    expect(rows[0]!.draft.links.map((l) => [l.type, typeof l.to === "object" ? l.to.value : l.to, l.content])).toEqual([
      ["REQUIRES", "tech:igbt", { weight: 3 }],
      ["REQUIRES", "碳化硅", {}],
    ]);
  });
});

describe("import templates and errors that state the rule", () => {
  it("ships each CSV template with one example row that reads without errors", async () => {
    const { ENTITIES } = await import("../../server/features/import/entities");
    const { csvTemplate } = await import("../../server/features/import/templates");
    const { parseCsv } = await import("../../server/features/import/parse/csv");
    for (const entity of ENTITIES) {
      const grid = parseCsv(csvTemplate(entity, "zh").replace(/^\uFEFF/, ""));
      expect(
        grid.filter((r) => r.some((c) => c !== "")),
        entity.key,
      ).toHaveLength(2);
      const headers = grid[0]!;
      const { errors } = validateRows(
        entity,
        { headers, rows: [{ row: 2, cells: grid[1]! }] },
        autoMap(headers, entity),
      );
      expect({ entity: entity.key, errors }).toEqual({ entity: entity.key, errors: [] });
    }
  });

  it("reports a capability level outside 1–3 as the range rule, naming the field", () => {
    const capabilities = entityDef("capabilities")!;
    const headers = capabilities.fields.map((f) => f.zh);
    const cells = capabilities.fields.map((f) => (f.key === "level" ? "5" : f.example));
    const { errors } = validateRows(
      capabilities,
      { headers, rows: [{ row: 2, cells }] },
      autoMap(headers, capabilities),
    );
    expect(errors).toEqual([
      expect.objectContaining({ row: 2, column: "能力等级", field: "level", reason: "bad_value", value: "5" }),
    ]);
    expect(errors[0]!.message).toMatch(/whole number from 1 to 3/);
  });

  it("sorts errors by row, then by the column's place in the file", async () => {
    const { sortErrors } = await import("../../server/features/import/import.service");
    const e = (row: number, column: string | null) => ({ row, column });
    expect(sortErrors([e(3, "B"), e(2, "C"), e(2, "A"), e(0, null), e(2, "?")], ["A", "B", "C"])).toEqual([
      e(0, null),
      e(2, "A"),
      e(2, "C"),
      e(2, "?"),
      e(3, "B"),
    ]);
  });
});
