import { select } from "d3";
import { kindColor } from "../../lib/kind-style";
import { labelRoom, miniLabel } from "./labels";
import type { ConsortiumLayout, PlacedNode } from "./layout";

export interface NodeInfo {
  label: string;
  kind: string;
  title: string;
}

const SVG = "http://www.w3.org/2000/svg";
const FONT = `"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", sans-serif`;
const LINE = 12;
/** Presentation attributes, so the SVG also draws right on its own (PNG in the Word report); page CSS may refine. */
const LINK_STYLE: Record<string, Record<string, string | number>> = {
  tie: { stroke: "#475569", "stroke-width": 1.6 },
  unconnected: { stroke: "#dc2626", "stroke-width": 1.2, "stroke-dasharray": "5 4" },
  covers: { stroke: "#d97706", "stroke-opacity": 0.45 },
};

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
    .attr("xmlns", SVG)
    .attr("viewBox", `0 0 ${layout.width} ${layout.height}`)
    .attr("width", layout.width)
    .attr("height", layout.height)
    .attr("font-family", FONT)
    .attr("font-size", 11)
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
    .attr("fill", "none")
    .each(function (l) {
      for (const [k, v] of Object.entries(LINK_STYLE[l.kind] ?? {}))
        (this as SVGPathElement).setAttribute(k, String(v));
    });
  links.append("title").text((l) => l.label ?? "");
  svg
    .append("g")
    .selectAll("text")
    .data(layout.links.filter((l) => l.label))
    .join("text")
    .attr("class", "link-label")
    .attr("fill", "#dc2626")
    .attr("text-anchor", "middle")
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
    .attr("fill", (n) => (n.role === "gap" ? "#fff" : kindColor("Technology")))
    .attr("stroke", (n) => (n.role === "gap" ? "#d97706" : "none"))
    .attr("stroke-dasharray", "3 2");
  node
    .filter((n: PlacedNode) => n.role !== "tech" && n.role !== "gap")
    .append("circle")
    .attr("r", (n) => (n.role === "via" ? 5 : n.role === "lead" ? 11 : 9))
    .attr("stroke", (n) => (n.role === "lead" ? "#f59e0b" : "none"))
    .attr("stroke-width", 3)
    .attr("fill", (n) => (n.role === "via" ? "#cbd5e1" : kindColor(info(n.id).kind)));
  const room = labelRoom(layout.nodes, layout.width);
  node
    .append("text")
    .attr("text-anchor", "middle")
    .attr("fill", "#111827")
    .attr("stroke", "#fff")
    .attr("stroke-width", 3)
    .attr("paint-order", "stroke")
    .attr("data-label", (n) => n.id)
    .each(function (this: SVGTextElement, n) {
      // above a member or a partner (the last line nearest the node), below a technology
      const lines = miniLabel(info(n.id).label, room.get(n.id)!);
      const below = n.role === "tech" || n.role === "gap";
      const first = below ? 20 : (n.role === "via" ? -8 : -14) - LINE * (lines.length - 1);
      lines.forEach((line, i) => {
        const span = document.createElementNS(SVG, "tspan");
        span.setAttribute("x", "0");
        span.setAttribute("y", String(first + i * LINE));
        span.textContent = line;
        this.append(span);
      });
    });
  return svg.node()!;
}
