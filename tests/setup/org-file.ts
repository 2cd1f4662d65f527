// An organisation file with all 11 template columns (编号 … 备注), for the staged-import tests and bench.
const HEADER = "编号,类型,名称,英文名称,别名,区县,是否本地,成立年份,统一社会信用代码,截至日期,备注";
const DISTRICTS = ["天元区", "芦淞区", "荷塘区", "石峰区", "渌口区"];

/** `rows` new organisations with ids `ent:<prefix>-<i>`, plus any extra rows (e.g. updates of stored ones). */
export function orgFile(prefix: string, rows: number, extra: string[] = []): string {
  const lines = Array.from({ length: rows }, (_, i) =>
    [
      `ent:${prefix}-${i}`,
      "企业",
      `株洲${prefix}测试企业${i}有限公司`,
      `"Zhuzhou ${prefix} Test ${i} Co., Ltd."`,
      `${prefix}${i}；测试${i}`,
      DISTRICTS[i % DISTRICTS.length],
      i % 3 ? "是" : "否",
      String(1990 + (i % 35)),
      `91430200${String(i).padStart(10, "0")}`,
      "2026-11-30",
      "批量导入测试",
    ].join(","),
  );
  return [HEADER, ...lines, ...extra].join("\n") + "\n";
}

/** A row that updates a stored organisation (same id, kind and name; 是否本地 is required; a different founding year and note). */
export function orgUpdateRow(node: { id: string; name: string }, founded: number): string {
  return [node.id, "企业", node.name, "", "", "", "是", String(founded), "", "2026-11-30", "更新测试"].join(",");
}
