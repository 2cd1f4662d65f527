import { cellText } from "./cells";

// CSV export of a result. Spreadsheet apps run cells that start with = + - @ (or tab / CR) as formulas,
// so such cells get a leading apostrophe (OWASP's advice for CSV injection); negative numbers stay numbers.

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: unknown, lang: "zh" | "en" = "zh"): string {
  let text = cellText(value, lang);
  if (typeof value !== "number" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 text with a BOM so Excel opens Chinese as UTF-8. */
export function toCsv(columns: string[], rows: unknown[][], lang: "zh" | "en" = "zh"): string {
  const lines = [columns.map((c) => csvCell(c, lang)).join(","), ...rows.map((row) => row.map((v) => csvCell(v, lang)).join(","))];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
