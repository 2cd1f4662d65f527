import type { EntitySpec } from "../../contracts/import";
import { cellValue, toCsv } from "../../shared/spreadsheet-cells";
import { ENTITIES } from "./entities";
import type { EntityDef } from "./entities/types";

/** The entity specs as the API describes them (the zod readers stay on the server). */
export function entitySpecs(): EntitySpec[] {
  return ENTITIES.map((e) => ({
    key: e.key,
    zh: e.zh,
    en: e.en,
    descriptionZh: e.descriptionZh,
    descriptionEn: e.descriptionEn,
    fields: e.fields.map(({ schema: _schema, ...field }) => field),
  }));
}

const header = (entity: EntityDef, lang: "zh" | "en") => entity.fields.map((f) => (lang === "zh" ? f.zh : f.en));

/** One example row (each field's example), valid as it stands: the planner overwrites it. */
export const exampleRow = (entity: EntityDef) => entity.fields.map((f) => cellValue(f.example));

/** A CSV template: the header and one example row (UTF-8 with BOM, so Excel shows the Chinese headers). */
export function csvTemplate(entity: EntityDef, lang: "zh" | "en"): string {
  return toCsv([header(entity, lang), exampleRow(entity)]);
}

/** The type as the notes sheet states it, with a number's range (integer 1–3). */
const typeText = (field: EntityDef["fields"][number]) =>
  field.min !== undefined && field.max !== undefined
    ? `${field.type} ${field.min}–${field.max}`
    : field.values
      ? `${field.type}: ${field.values.join(" / ")}`
      : field.type;

/** An XLSX template: a data sheet with the header (required columns bold) and a guide sheet with one example. */
export async function xlsxTemplate(entity: EntityDef, lang: "zh" | "en"): Promise<Buffer> {
  const zh = lang === "zh";
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  const data = workbook.addWorksheet(zh ? "数据" : "Data");
  data.addRow(header(entity, lang));
  entity.fields.forEach((field, i) => {
    const cell = data.getRow(1).getCell(i + 1);
    cell.font = { bold: field.required };
    data.getColumn(i + 1).width = Math.max(12, (zh ? field.zh : field.en).length * 2 + 4);
  });
  data.views = [{ state: "frozen", ySplit: 1 }];
  const guide = workbook.addWorksheet(zh ? "说明" : "Guide");
  guide.addRow(
    zh
      ? ["列名", "字段", "必填", "类型", "说明", "示例"]
      : ["Column", "Field", "Required", "Type", "Description", "Example"],
  ).font = { bold: true };
  for (const field of entity.fields) {
    guide.addRow([
      zh ? field.zh : field.en,
      field.key,
      field.required ? (zh ? "是" : "yes") : "",
      typeText(field),
      zh ? field.descriptionZh : field.descriptionEn,
      cellValue(field.example),
    ]);
  }
  guide.addRow([]);
  guide.addRow([zh ? "示例行（复制到“数据”表后修改）" : "Example row (copy it to the Data sheet and edit)"]).font = {
    italic: true,
  };
  guide.addRow(exampleRow(entity));
  guide.addRow([]);
  guide.addRow([
    zh
      ? "填写说明：加粗的列为必填；列表可用“；”或“、”分隔；是/否列填“是”或“否”；日期写作 2025-12-31；引用其他节点可填编号或名称。导入前先“预览”，错误会按行、列列出。"
      : "Notes: bold columns are required; separate list items with ; or 、; yes/no columns take 是/否 or true/false; dates are 2025-12-31; references take an id or a name. Preview before importing: errors are listed by row and column.",
  ]);
  guide.columns.forEach((column) => (column.width = 24));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
