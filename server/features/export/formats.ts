import { strToU8, zipSync } from "fflate";
import type { GraphLink, GraphNode } from "../../contracts/common";
import { REL_TYPES } from "../../contracts/model";
import { labelsFor } from "../../contracts/model";
import { searchTextSet } from "../../shared/search-text";
import { cellValue, toCsv } from "../../shared/spreadsheet-cells";
import { claimsText, sheetsOf } from "./export-model";

const claimsProp = (item: { claims?: GraphNode["claims"] }) =>
  claimsText(item.claims) ? { claims: claimsText(item.claims) } : {};

export interface ExportData {
  exportedAt: string;
  filters: Record<string, unknown>;
  nodes: GraphNode[];
  links: GraphLink[];
}

/** The ChainAtlas JSON graph format; POST it back with entity "graph" to import it. */
export function toJson(data: ExportData): string {
  return JSON.stringify(
    {
      format: "chainatlas-graph",
      version: 1,
      exportedAt: data.exportedAt,
      filters: data.filters,
      nodes: data.nodes.map(({ degree: _degree, ...node }) => node),
      links: data.links.map((l) => ({
        id: l.id,
        type: l.type,
        from: l.source,
        to: l.target,
        props: l.props,
        provenance: l.provenance,
        ...(l.claims ? { claims: l.claims } : {}),
      })),
    },
    null,
    1,
  );
}

/** One CSV per entity (UTF-8 with BOM, formulas neutralised) in a zip. */
export function toCsvZip(data: ExportData): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const sheet of sheetsOf(data.nodes, data.links)) files[`${sheet.name}.csv`] = strToU8(toCsv(sheet.rows));
  return zipSync(files, { level: 6 });
}

export async function toXlsx(data: ExportData): Promise<Buffer> {
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  for (const sheet of sheetsOf(data.nodes, data.links)) {
    const ws = workbook.addWorksheet(sheet.name.slice(0, 31));
    for (const row of sheet.rows) ws.addRow(row.map(cellValue));
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: "frozen", ySplit: 1 }];
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const xml = (s: string) =>
  s
    .replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!)
    // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these control characters: drop them
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");

function graphmlKeys(items: Record<string, unknown>[], prefix: string, target: "node" | "edge") {
  const keys = [...new Set(items.flatMap(Object.keys))].sort();
  return keys.map((name, i) => {
    const values = items.map((item) => item[name]).filter((v) => v !== undefined && v !== null && v !== "");
    const type = values.every((v) => typeof v === "number")
      ? "double"
      : values.every((v) => typeof v === "boolean")
        ? "boolean"
        : "string";
    return { id: `${prefix}${i}`, name, type, target };
  });
}

function dataOf(item: Record<string, unknown>, keys: ReturnType<typeof graphmlKeys>): string {
  return keys
    .filter((k) => item[k.name] !== undefined && item[k.name] !== null && item[k.name] !== "")
    .map(
      (k) =>
        `<data key="${k.id}">${xml(Array.isArray(item[k.name]) ? (item[k.name] as unknown[]).join("；") : String(item[k.name]))}</data>`,
    )
    .join("");
}

/** GraphML for Gephi/yEd: `label` and `kind` on nodes, `type` (and `label`) on edges, every property as data. */
export function toGraphml(data: ExportData): string {
  const nodeItems = data.nodes.map((n) => ({
    label: n.name,
    kind: n.kind,
    nameEn: n.nameEn,
    ...n.props,
    ...n.provenance,
    ...claimsProp(n),
  }));
  const edgeItems = data.links.map((l) => ({
    label: l.type,
    type: l.type,
    ...l.props,
    ...l.provenance,
    ...claimsProp(l),
  }));
  const nodeKeys = graphmlKeys(nodeItems, "n", "node");
  const edgeKeys = graphmlKeys(edgeItems, "e", "edge");
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...nodeKeys, ...edgeKeys].map(
      (k) => `  <key id="${k.id}" for="${k.target}" attr.name="${xml(k.name)}" attr.type="${k.type}"/>`,
    ),
    `  <graph id="chainatlas" edgedefault="directed">`,
    ...data.nodes.map((n, i) => `    <node id="${xml(n.id)}">${dataOf(nodeItems[i]!, nodeKeys)}</node>`),
    ...data.links.map(
      (l, i) =>
        `    <edge id="${xml(l.id)}" source="${xml(l.source)}" target="${xml(l.target)}">${dataOf(edgeItems[i]!, edgeKeys)}</edge>`,
    ),
    "  </graph>",
    "</graphml>",
  ];
  return `${lines.join("\n")}\n`;
}

/** A Cypher literal: JSON's string escapes are valid Cypher; map keys are backtick-quoted. */
export function cypherLiteral(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "null";
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(", ")}]`;
  return `{${Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k, v]) => `\`${k.replace(/`/g, "``")}\`: ${cypherLiteral(v)}`)
    .join(", ")}}`;
}

/**
 * A script that recreates the exported nodes and relationships in any Neo4j 5 (cypher-shell -f file): one
 * statement per line, MERGE on ids so running it twice changes nothing.
 */
export function toCypher(data: ExportData): string {
  const lines = [
    `// ChainAtlas export ${data.exportedAt}: ${data.nodes.length} nodes, ${data.links.length} relationships. Filters: ${JSON.stringify(data.filters)}`,
    "// Run: cypher-shell -u neo4j -p <password> -f this-file.cypher  (idempotent: MERGE on ids)",
    "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;",
  ];
  for (const n of data.nodes) {
    const props = {
      ...n.props,
      ...n.provenance,
      ...claimsProp(n),
      id: n.id,
      kind: n.kind,
      name: n.name,
      ...(n.nameEn ? { nameEn: n.nameEn } : {}),
    };
    const labels = labelsFor(n.kind)
      .map((l) => `:\`${l}\``)
      .join("");
    // The derived search text (decision 043) is recomputed, not exported: loaded into ChainAtlas, the node is
    // searchable at once; elsewhere it is one more property.
    lines.push(
      `MERGE (n:Entity {id: ${cypherLiteral(n.id)}}) SET n = ${cypherLiteral(props)}, n${labels} ${searchTextSet("n")};`,
    );
  }
  for (const l of data.links) {
    if (!(REL_TYPES as readonly string[]).includes(l.type)) continue;
    const props = { ...l.props, ...l.provenance, ...claimsProp(l), id: l.id };
    lines.push(
      `MATCH (a:Entity {id: ${cypherLiteral(l.source)}}), (b:Entity {id: ${cypherLiteral(l.target)}}) MERGE (a)-[r:\`${l.type}\` {id: ${cypherLiteral(l.id)}}]->(b) SET r = ${cypherLiteral(props)};`,
    );
  }
  return `${lines.join("\n")}\n`;
}
