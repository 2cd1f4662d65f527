import { toCsv } from "../../../server/contracts/csv";
import { displayName } from "../../i18n";
import type { GraphLink } from "../../../server/contracts/common";
import type { ViewNode } from "../../../server/contracts/graph";
import type { VisibleGraph } from "./graph-model";

/** Full provenance (URL, quote) of nodes and links by id: the canvas's lean payload leaves them out. */
export interface FullDetails {
  nodes: Map<string, ViewNode>;
  links: Map<string, GraphLink>;
}

/** Items by id from full payloads (the base fetched with detail=full, expansions, a path), first one wins. */
export function fullDetails(pieces: ({ nodes: ViewNode[]; links: GraphLink[] } | null)[]): FullDetails {
  const full: FullDetails = { nodes: new Map(), links: new Map() };
  for (const piece of pieces) {
    for (const n of piece?.nodes ?? []) if (!full.nodes.has(n.id)) full.nodes.set(n.id, n);
    for (const l of piece?.links ?? []) if (!full.links.has(l.id)) full.links.set(l.id, l);
  }
  return full;
}

/**
 * Visible nodes and links as ONE CSV (a second download would be blocked as "multiple downloads" by
 * browsers): a `record` column says node or link, so a spreadsheet filter separates them. Provenance comes
 * from `full` where it has the item (the lean view carries only the provenance kind).
 */
export function exportCsv(visible: VisibleGraph, full?: FullDetails): Blob {
  const graph = {
    nodes: visible.nodes.map((n) => {
      const detailed = full?.nodes.get(n.id);
      return detailed ? { ...n, provenance: detailed.provenance } : n;
    }),
    links: visible.links.map((l) => full?.links.get(l.id) ?? l),
  };
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const name = (id: string) => (byId.get(id) ? displayName(byId.get(id)!) : "");
  const text = toCsv([
    [
      "record",
      "id",
      "kind_or_type",
      "name",
      "nameEn",
      "from",
      "fromName",
      "to",
      "toName",
      "degree",
      "capabilities",
      "district",
      "source",
      "basis",
      "tier",
      "asOf",
      "url",
      "quote",
    ],
    ...graph.nodes.map((n) => [
      "node",
      n.id,
      n.kind,
      n.name,
      n.nameEn,
      "",
      "",
      "",
      "",
      n.degree,
      n.capabilities,
      typeof n.props.district === "string" ? n.props.district : "",
      n.provenance.source,
      n.provenance.basis ?? "stated",
      n.provenance.tier,
      n.provenance.asOf,
      n.provenance.url,
      n.provenance.quote,
    ]),
    ...graph.links.map((l) => [
      "link",
      l.id,
      l.type,
      "",
      "",
      l.source,
      name(l.source),
      l.target,
      name(l.target),
      "",
      "",
      "",
      l.provenance.source,
      l.provenance.basis ?? "stated",
      l.provenance.tier,
      l.provenance.asOf,
      l.provenance.url,
      l.provenance.quote,
    ]),
  ]);
  return new Blob([text], { type: "text/csv;charset=utf-8" });
}
