// Writing cells that spreadsheets open safely (CSV and XLSX exports, import templates).

/**
 * Formula injection: Excel and WPS run a cell that starts with = + - @ (or a tab/CR before them) as a formula
 * (`=HYPERLINK(...)`, `=cmd|...`). Such text gets a leading apostrophe, which spreadsheets show as text.
 * Numbers stay numbers. The importer takes the apostrophe off again, so an export re-imports unchanged.
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A stored value as one cell's text: lists joined with "；", booleans as true/false, null as empty. */
export function cellValue(value: unknown): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return value;
  if (Array.isArray(value)) return neutralizeFormula(value.map(String).join("；"));
  return neutralizeFormula(String(value));
}

function csvField(value: unknown): string {
  const cell = cellValue(value);
  const text = String(cell);
  return /[",\r\n]/.test(text) || (typeof cell === "string" && text !== cell.trim()) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with a UTF-8 BOM (so Excel in China opens Chinese text correctly) and CRLF line ends. */
export function toCsv(rows: unknown[][]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}
