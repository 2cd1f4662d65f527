// Pure rows and sorting for the table view (unit-tested): one row per visible node or link, sortable by
// any column; names sort by pinyin in Chinese, numbers numerically, empty cells last.

export type Cell = string | number | null;
export type SortDir = "asc" | "desc";

export interface Column<R> {
  key: string;
  value(row: R): Cell;
  numeric?: boolean;
}

const collator = new Intl.Collator(["zh-CN", "en"], { numeric: true, sensitivity: "base" });

export function compareCells(a: Cell, b: Cell): number {
  const emptyA = a === null || a === "";
  const emptyB = b === null || b === "";
  if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? 1 : -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return collator.compare(String(a), String(b));
}

/** Stable sort by one column; ties keep their original (degree) order. Empty cells stay last either way. */
export function sortRows<R>(rows: readonly R[], column: Column<R> | undefined, dir: SortDir): R[] {
  if (!column) return [...rows];
  return rows
    .map((row, index) => ({ row, index, value: column.value(row) }))
    .sort((x, y) => {
      const empty = (v: Cell) => v === null || v === "";
      if (empty(x.value) !== empty(y.value)) return empty(x.value) ? 1 : -1;
      const c = compareCells(x.value, y.value);
      return (dir === "asc" ? c : -c) || x.index - y.index;
    })
    .map((entry) => entry.row);
}

/** Next sort state after clicking a header: same column flips, a new column starts descending for numbers. */
export function nextSort<R>(
  current: { key: string; dir: SortDir } | null,
  column: Column<R>,
): { key: string; dir: SortDir } {
  if (current?.key === column.key) return { key: column.key, dir: current.dir === "asc" ? "desc" : "asc" };
  return { key: column.key, dir: column.numeric ? "desc" : "asc" };
}

/** Keyboard movement in a list of `count` rows, `page` rows per screen. */
export function moveIndex(index: number, key: string, count: number, page: number): number | null {
  if (count === 0) return null;
  const last = count - 1;
  switch (key) {
    case "ArrowDown":
      return Math.min(last, index + 1);
    case "ArrowUp":
      return Math.max(0, index - 1);
    case "PageDown":
      return Math.min(last, index + page);
    case "PageUp":
      return Math.max(0, index - page);
    case "Home":
      return 0;
    case "End":
      return last;
    default:
      return null;
  }
}
