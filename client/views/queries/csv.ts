import { csvCell as encodeCell, toCsv as encodeCsv } from "../../../server/contracts/csv";
import { cellText } from "./cells";

// A query result as CSV: values become the text the table shows (cellText), then the shared encoder
// (server/contracts/csv.ts) quotes and neutralises them; numbers stay numbers.

const asCell = (value: unknown, lang: "zh" | "en") => (typeof value === "number" ? value : cellText(value, lang));

export function csvCell(value: unknown, lang: "zh" | "en" = "zh"): string {
  return encodeCell(asCell(value, lang));
}

export function toCsv(columns: string[], rows: unknown[][], lang: "zh" | "en" = "zh"): string {
  return encodeCsv([columns, ...rows.map((row) => row.map((value) => asCell(value, lang)))]);
}
