import { toCsv } from "../../../server/contracts/csv";
import { displayName } from "../../i18n";
import type { VisibleGraph } from "./graph-model";

/**
 * Visible nodes and links as ONE CSV (a second download would be blocked as "multiple downloads" by
 * browsers): a `record` column says node or link, so a spreadsheet filter separates them.
 */
export function exportCsv(graph: VisibleGraph): Blob {
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
