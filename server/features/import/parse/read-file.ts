import { DomainError, fieldError } from "../../../contracts/errors";
import { parseCsv } from "./csv";
import { decodeText, type TextEncoding } from "./encoding";
import { tableFromGrid, type Table } from "./table";
import { readXlsx } from "./xlsx";

export type FileFormat = "csv" | "xlsx" | "json";

/** JSON graph files (entity "graph"): nodes and links, as exported by ChainAtlas. */
export interface GraphFile {
  nodes: unknown[];
  links: unknown[];
}

export interface ReadFile {
  format: FileFormat;
  encoding: TextEncoding | null;
  sheets: string[];
  table: Table;
  graph: GraphFile | null;
  /** `{ "organisations": [...] }` names its entity. */
  entityHint: string | null;
}

const unreadable = (message: string) => new DomainError("unprocessable", "UNREADABLE_FILE", message);

/** By content first (a renamed file still reads), then by extension. */
export function detectFormat(bytes: Uint8Array, fileName: string): FileFormat {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return "xlsx";
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw unreadable("This is an old Excel 97–2003 (.xls) file; save it as .xlsx or CSV and upload again");
  }
  if (/\.json$/i.test(fileName)) return "json";
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 64))
    .replace(/^\uFEFF/, "")
    .trimStart();
  return head.startsWith("{") || head.startsWith("[") ? "json" : "csv";
}

function jsonTable(records: unknown[]): Table {
  const headers: string[] = [];
  for (const record of records) {
    if (record && typeof record === "object" && !Array.isArray(record))
      for (const key of Object.keys(record)) if (!headers.includes(key)) headers.push(key);
  }
  const rows = records.map((record, i) => ({
    row: i + 1,
    cells: headers.map((h) =>
      record && typeof record === "object" ? (record as Record<string, unknown>)[h] : undefined,
    ),
  }));
  return { headers, rows };
}

function readJson(text: string): Pick<ReadFile, "table" | "graph" | "entityHint"> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw unreadable(`The file is not valid JSON: ${(error as Error).message}`);
  }
  if (Array.isArray(data)) return { table: jsonTable(data), graph: null, entityHint: null };
  if (data && typeof data === "object") {
    const object = data as Record<string, unknown>;
    if (Array.isArray(object.nodes) || Array.isArray(object.links)) {
      const graph = {
        nodes: Array.isArray(object.nodes) ? object.nodes : [],
        links: Array.isArray(object.links) ? object.links : [],
      };
      return { table: { headers: [], rows: [] }, graph, entityHint: "graph" };
    }
    const arrays = Object.entries(object).filter(([, v]) => Array.isArray(v));
    if (arrays.length === 1)
      return { table: jsonTable(arrays[0]![1] as unknown[]), graph: null, entityHint: arrays[0]![0] };
  }
  throw unreadable('A JSON import is an array of rows, { "<entity>": [rows] }, or { "nodes": [...], "links": [...] }');
}

/** Bytes → a table (CSV, XLSX, JSON rows) or a graph (JSON nodes/links). An empty file is refused here. */
export async function readImportFile(
  bytes: Uint8Array,
  fileName: string,
  options: { encoding: "auto" | TextEncoding; sheet?: string },
): Promise<ReadFile> {
  if (bytes.length === 0) throw new DomainError("unprocessable", "EMPTY_FILE", "The file is empty");
  const format = detectFormat(bytes, fileName);
  if (format === "xlsx") {
    let sheet;
    try {
      sheet = await readXlsx(bytes, options.sheet);
    } catch (error) {
      throw unreadable(`The Excel file could not be read: ${(error as Error).message}`);
    }
    if (options.sheet && !sheet.sheets.includes(options.sheet))
      throw fieldError("sheet", `no sheet named '${options.sheet}'`, "no_such_sheet", { sheet: options.sheet });
    return {
      format,
      encoding: null,
      sheets: sheet.sheets,
      table: tableFromGrid(sheet.grid, sheet.merges),
      graph: null,
      entityHint: null,
    };
  }
  const { text, encoding } = decodeText(bytes, options.encoding);
  if (text.trim() === "") throw new DomainError("unprocessable", "EMPTY_FILE", "The file is empty");
  if (format === "json") return { format, encoding, sheets: [], ...readJson(text) };
  let grid: string[][];
  try {
    grid = parseCsv(text);
  } catch (error) {
    throw unreadable(`The CSV file could not be read: ${(error as Error).message}`);
  }
  return { format, encoding, sheets: [], table: tableFromGrid(grid), graph: null, entityHint: null };
}
