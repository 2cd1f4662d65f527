// The one CSV encoder, shared by server and client (pure: no I/O, no Node APIs).
//
// Rules, all tested in tests/unit/csv.test.ts:
// - RFC 4180 quoting: a cell with a quote, comma, CR or LF, or with leading/trailing white space, is quoted and
//   its quotes doubled; `quoteAll` quotes every cell (the gap report does, for WPS).
// - Formula injection (OWASP "CSV injection"): text starting with = + - @, tab or CR gets a leading apostrophe,
//   so Excel/WPS show it as text instead of running `=HYPERLINK(…)`. Numbers and booleans stay as they are
//   (a negative number is a number). The importer takes the apostrophe off again.
// - A UTF-8 BOM first (Excel and WPS in China then read Chinese correctly) and CRLF after every row.
// Encoding to bytes other than UTF-8 (GBK) is the caller's job at the edge where bytes are produced.

export type CsvValue = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** Quote every cell, not only those that need it. */
  quoteAll?: boolean;
  /** Start with a UTF-8 byte order mark (default true). */
  bom?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Text a spreadsheet would run as a formula gets a leading apostrophe; anything else is returned as is. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell: numbers and booleans verbatim, text neutralised and quoted where needed, null/undefined empty. */
export function csvCell(value: CsvValue, options: CsvOptions = {}): string {
  const text =
    value === null || value === undefined ? "" : typeof value === "string" ? neutralizeFormula(value) : String(value);
  const quote = options.quoteAll || NEEDS_QUOTES.test(text) || text !== text.trim();
  return quote ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows → CSV text: BOM (unless `bom: false`), cells joined by commas, CRLF after every row. */
export function toCsv(rows: readonly (readonly CsvValue[])[], options: CsvOptions = {}): string {
  const body = rows.map((row) => `${row.map((value) => csvCell(value, options)).join(",")}\r\n`).join("");
  return `${options.bom === false ? "" : "\uFEFF"}${body}`;
}
