/** A rectangular region of a sheet (1-based, inclusive), as XLSX merges are described. */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A file reduced to its header and its data rows, each with its row number as a spreadsheet shows it. */
export interface Table {
  headers: string[];
  rows: { row: number; cells: unknown[] }[];
}

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());
const filled = (row: unknown[]) => row.filter((v) => text(v) !== "").length;

/**
 * Find the header in a grid the way Excel files from a bureau look: leading blank rows and title rows (one
 * value, often merged across the table: "株洲市2025年高新技术企业名单") are skipped; a two-level header (cells merged
 * over two rows, or a merged group heading above sub-headings) becomes one header per column, "联系方式 电话".
 */
export function tableFromGrid(grid: unknown[][], merges: Merge[] = []): Table {
  const width = grid.reduce((max, r) => Math.max(max, r.length), 0); // not Math.max(...rows): 200k rows overflow the stack
  let h = 0;
  while (h < grid.length && h < 10) {
    const row = grid[h] ?? [];
    const values = filled(row);
    const distinct = new Set(row.map(text).filter(Boolean)).size;
    const mergedTitle =
      distinct === 1 &&
      merges.some((m) => m.top === h + 1 && m.bottom === h + 1 && m.right - m.left + 1 >= Math.max(2, width / 2));
    if (values === 0 || (width > 2 && values === 1) || mergedTitle) h++;
    else break;
  }
  if (h >= grid.length) return { headers: [], rows: [] };
  const top = (grid[h] ?? []).map(text);
  const next = (grid[h + 1] ?? []).map(text);
  const twoLevel = merges.some(
    (m) =>
      m.top === h + 1 &&
      (m.bottom > m.top ||
        (m.right > m.left && next.slice(m.left - 1, m.right).some((v, i) => v !== "" && v !== top[m.left - 1 + i]))),
  );
  const headers = Array.from({ length: width }, (_, c) => {
    const upper = top[c] ?? "";
    const lower = twoLevel ? (next[c] ?? "") : "";
    return lower && lower !== upper ? (upper ? `${upper} ${lower}` : lower) : upper;
  });
  const start = h + (twoLevel ? 2 : 1);
  const rows = [];
  for (let i = start; i < grid.length; i++) {
    const cells = grid[i] ?? [];
    if (filled(cells) > 0) rows.push({ row: i + 1, cells });
  }
  return { headers, rows };
}
