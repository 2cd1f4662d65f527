// CSV for spreadsheets (pure). Cells that a spreadsheet would run as a formula (= + - @, tab, CR) get a
// leading apostrophe — a node named "=HYPERLINK(...)" stays text (OWASP "CSV injection").

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows → CSV text with CRLF line ends and a UTF-8 BOM (so Excel opens Chinese correctly). */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
