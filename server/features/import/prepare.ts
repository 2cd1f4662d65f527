import type { ImportOptions, RowError } from "../../contracts/import";
import { fieldError } from "../../contracts/errors";
import { entityDef } from "./entities";
import { graphRows } from "./graph-rows";
import { autoMap } from "./mapping";
import { readImportFile, type ReadFile } from "./parse/read-file";
import { mappingErrors, validateRows, type ValidRow } from "./validate";

export interface Prepared {
  read: ReadFile;
  headers: string[];
  mapping: (string | null)[];
  ignoredColumns: string[];
  valid: ValidRow[];
  errors: RowError[];
  /** Data rows in the file. */
  total: number;
}

/** File → validated rows (nothing touches the database yet). */
export async function prepareImport(bytes: Uint8Array, file: string, options: ImportOptions): Promise<Prepared> {
  const read = await readImportFile(bytes, file, {
    encoding: options.encoding === "auto" ? "auto" : options.encoding,
    sheet: options.sheet,
  });
  if (options.entity === "graph" || read.graph) {
    if (!read.graph || options.entity !== "graph") {
      throw read.graph
        ? fieldError("entity", "this JSON file holds nodes and links — import it as 'graph'", "graph_file")
        : fieldError("entity", '\'graph\' needs a JSON file with "nodes" and "links"', "not_graph_file");
    }
    const { rows, errors } = graphRows(read.graph);
    const total = read.graph.nodes.length + read.graph.links.length;
    const empty: RowError[] =
      total === 0 ? [{ row: 0, column: null, reason: "file", message: "The file has no nodes and no links" }] : [];
    return { read, headers: [], mapping: [], ignoredColumns: [], valid: rows, errors: [...empty, ...errors], total };
  }
  const entity = entityDef(options.entity)!;
  const headers = read.table.headers;
  const mapping = options.mapping ? headers.map((_, i) => options.mapping![i] ?? null) : autoMap(headers, entity);
  const ignoredColumns = headers.filter((h, i) => h !== "" && !mapping[i]);
  const fileErrors = mappingErrors(entity, headers, mapping);
  if (read.table.rows.length === 0) {
    fileErrors.push({
      row: 0,
      column: null,
      reason: "file",
      message: headers.length ? "The file has a header row but no data rows" : "The file has no rows",
    });
  }
  if (fileErrors.some((e) => e.reason === "missing_column" || e.reason === "file")) {
    return { read, headers, mapping, ignoredColumns, valid: [], errors: fileErrors, total: read.table.rows.length };
  }
  const { rows, errors } = validateRows(entity, read.table, mapping);
  return {
    read,
    headers,
    mapping,
    ignoredColumns,
    valid: rows,
    errors: [...fileErrors, ...errors],
    total: read.table.rows.length,
  };
}
