import { select } from "d3";
import { kindColor } from "../../lib/kind-style";
import type { ConsortiumLayout, PlacedNode } from "./layout";

export interface NodeInfo {
  label: string;
  kind: string;
  title: string;
}

const SVG = "http://www.w3.org/2000/svg";

/** Chinese names are dense: 8 characters fit where a Latin label needs about 14. */
function short(text: string, max = 8): string {
  const limit = /[\u3400-\u9fff]/.test(text) ? max : Math.round(max * 1.75);
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

/** Lines between two nodes of the same row bow upwards, so they never run through the members between them. */
function bow(a: PlacedNode, b: PlacedNode): number {
  return a.y === b.y ? Math.min(60, Math.abs(b.x - a.x) * 0.25) : 0;
}

function linkPath(a: PlacedNode, b: PlacedNode): string {
  const lift = bow(a, b);
  return lift ? `M${a.x},${a.y} Q${(a.x + b.x) / 2},${a.y - 2 * lift} ${b.x},${b.y}` : `M${a.x},${a.y} L${b.x},${b.y}`;
}

const midY = (a: PlacedNode, b: PlacedNode) => (a.y + b.y) / 2 - bow(a, b);

/** Draw a laid-out consortium as SVG (labels are text nodes, never markup). */
export function renderConsortium(
  layout: ConsortiumLayout,
  info: (id: string) => NodeInfo,
  ariaLabel: string,
): SVGSVGElement {
  const svg = select(document.createElementNS(SVG, "svg"))
    .attr("viewBox", `0 0 ${layout.width} ${layout.height}`)
    .attr("class", "consortium-graph")
    .attr("role", "img")
    .attr("aria-label", ariaLabel);
  const at = new Map(layout.nodes.map((n) => [n.id, n]));
  const links = svg
    .append("g")
    .selectAll("path")
    .data(layout.links)
    .join("path")
    .attr("d", (l) => linkPath(at.get(l.source)!, at.get(l.target)!))
    .attr("class", (l) => `link ${l.kind}`)
    .attr("fill", "none");
  links.append("title").text((l) => l.label ?? "");
  svg
    .append("g")
    .selectAll("text")
    .data(layout.links.filter((l) => l.label))
    .join("text")
    .attr("class", "link-label")
    .attr("x", (l) => (at.get(l.source)!.x + at.get(l.target)!.x) / 2)
    .attr("y", (l) => midY(at.get(l.source)!, at.get(l.target)!) - 4)
    .text((l) => l.label!);

  const node = svg
    .append("g")
    .selectAll("g")
    .data(layout.nodes)
    .join("g")
    .attr("class", (n) => `node ${n.role}`)
    .attr("transform", (n) => `translate(${n.x},${n.y})`);
  node.append("title").text((n) => info(n.id).title);
  node
    .filter((n: PlacedNode) => n.role === "tech" || n.role === "gap")
    .append("path")
    .attr("d", "M0,-9 L8,6 L-8,6 Z")
    .attr("fill", (n) => (n.role === "gap" ? "#fff" : kindColor("Technology")));
  node
    .filter((n: PlacedNode) => n.role !== "tech" && n.role !== "gap")
    .append("circle")
    .attr("r", (n) => (n.role === "via" ? 5 : n.role === "lead" ? 11 : 9))
    .attr("fill", (n) => (n.role === "via" ? "#cbd5e1" : kindColor(info(n.id).kind)));
  node
    .append("text")
    .attr("y", (n) => (n.role === "tech" || n.role === "gap" ? 20 : n.role === "via" ? -8 : -14))
    .attr("text-anchor", "middle")
    .text((n) => short(info(n.id).label, n.role === "via" ? 6 : 8));
  return svg.node()!;
}
