import type ExcelJS from "exceljs";
import type { Merge } from "./table";

const pad = (n: number) => String(n).padStart(2, "0");

/** A cell as the text a planner sees: formulas by their result, rich text flattened, dates as YYYY-MM-DD. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    const date = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    return value.getUTCHours() || value.getUTCMinutes() ? value.toISOString() : date;
  }
  if (typeof value !== "object") return String(value);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value)
    return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ("text" in value) return String(value.text);
  if ("error" in value) return "";
  return String(value);
}

function parseRange(range: string): Merge | null {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
  if (!m) return null;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { left: col(m[1]!), top: Number(m[2]), right: col(m[3]!), bottom: Number(m[4]) };
}

/** Sheet names, and the chosen sheet (default: the first) as a grid of cell texts plus its merged ranges. */
export async function readXlsx(
  bytes: Uint8Array,
  sheet?: string,
): Promise<{ sheets: string[]; grid: string[][]; merges: Merge[] }> {
  const { default: Excel } = await import("exceljs"); // large: loaded on the first XLSX, not at start-up
  const workbook = new Excel.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets = workbook.worksheets.map((ws) => ws.name);
  const ws = sheet ? workbook.getWorksheet(sheet) : workbook.worksheets[0];
  if (!ws) return { sheets, grid: [], merges: [] };
  const merges = ((ws.model as { merges?: string[] }).merges ?? [])
    .map(parseRange)
    .filter((m): m is Merge => m !== null);
  const grid: string[][] = [];
  const width = ws.columnCount;
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    grid[rowNumber - 1] = cells;
  });
  for (let i = 0; i < grid.length; i++) grid[i] ??= [];
  // A merged range reads as its top-left value in every cell it covers.
  for (const m of merges) {
    const value = grid[m.top - 1]?.[m.left - 1] ?? "";
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (grid[r - 1]) grid[r - 1]![c - 1] = value;
  }
  return { sheets, grid, merges };
}
