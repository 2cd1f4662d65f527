// Stored values as spreadsheet cells (CSV and XLSX exports, import templates). Formula neutralisation and
// CSV quoting live in the one encoder, server/contracts/csv.ts.
import { neutralizeFormula, toCsv as encodeCsv } from "../contracts/csv";

/** A stored value as one cell's text: lists joined with "；", booleans as true/false, null as empty. */
export function cellValue(value: unknown): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return value;
  if (Array.isArray(value)) return neutralizeFormula(value.map(String).join("；"));
  return neutralizeFormula(String(value));
}

/** Stored values → CSV text (see server/contracts/csv.ts for the rules). */
export function toCsv(rows: unknown[][]): string {
  return encodeCsv(rows.map((row) => row.map(cellValue)));
}
