import type { ZoomTransform } from "d3";
import { drawScene, LABEL_FONT } from "../../charts/force/render";
import { placeLabels } from "../../charts/force/label-lod";
import type { Scene } from "../../charts/force/scene";
import { edgeStyle, ILLUSTRATIVE_DASH } from "../../charts/force/edge-style";
import { shapePathD, type Shape } from "../../charts/force/shapes";
import { KIND_STYLE, kindColor } from "../../lib/kind-style";
import { displayName, t } from "../../i18n";
import type { VisibleGraph } from "./graph-model";
import { toCsv } from "./csv";

const SVG_NS = "http://www.w3.org/2000/svg";

function stamp(): string {
  return new Date().toISOString().slice(0, 10);
}

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function footer(scene: Scene): string {
  return t("ex.export.footer", { date: stamp(), nodes: scene.nodes.length, links: scene.links.length });
}

/** The current view as a PNG at twice the screen resolution, white background, with a caption. */
export async function exportPng(scene: Scene, transform: ZoomTransform, size: { width: number; height: number }): Promise<Blob> {
  const scale = 2;
  const canvas = document.createElement("canvas");
  canvas.width = size.width * scale;
  canvas.height = (size.height + 28) * scale;
  const ctx = canvas.getContext("2d")!;
  drawScene(ctx, scene, transform, { width: size.width, height: size.height, dpr: scale, background: "#ffffff" });
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.fillStyle = "#f1f5f9";
  ctx.fillRect(0, size.height, size.width, 28);
  ctx.fillStyle = "#334155";
  ctx.font = LABEL_FONT;
  ctx.textBaseline = "middle";
  ctx.textAlign = "left";
  ctx.fillText(footer(scene), 10, size.height + 14);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png"));
}

function svgEl(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text; // text, never markup: names may contain HTML
  return el;
}

/** The current view as SVG: links, node shapes and the labels shown on screen, then a caption. */
export function exportSvg(scene: Scene, transform: ZoomTransform, size: { width: number; height: number }): Blob {
  const root = svgEl("svg", { xmlns: SVG_NS, width: size.width, height: size.height + 28, viewBox: `0 0 ${size.width} ${size.height + 28}`, "font-family": LABEL_FONT.replace(/^12px /, ""), "font-size": 12 });
  root.append(svgEl("rect", { x: 0, y: 0, width: size.width, height: size.height + 28, fill: "#ffffff" }));
  const g = svgEl("g", { transform: `translate(${transform.x} ${transform.y}) scale(${transform.k})` });
  for (const l of scene.links) {
    if (scene.hiddenTypes.has(l.type)) continue;
    const style = edgeStyle(l.type);
    const onPath = scene.pathLinks.has(l.id);
    g.append(svgEl("line", {
      x1: l.source.x, y1: l.source.y, x2: l.target.x, y2: l.target.y,
      stroke: onPath ? "#f59e0b" : l.illustrative ? "#b45309" : style.color, "stroke-width": (onPath ? 4 : style.width) / transform.k, "stroke-opacity": onPath ? 1 : 0.6,
      ...(l.illustrative ? { "stroke-dasharray": ILLUSTRATIVE_DASH.map((d) => d / transform.k).join(" ") } : {}),
    }));
  }
  for (const n of scene.nodes) {
    const shape = (KIND_STYLE[n.kind as keyof typeof KIND_STYLE]?.shape ?? "circle") as Shape;
    g.append(svgEl("path", { d: shapePathD(shape, n.x, n.y, n.radius), fill: kindColor(n.kind), stroke: n.illustrative ? "#b45309" : "#ffffff", "stroke-width": 1.2 / transform.k,
      ...(n.illustrative ? { "stroke-dasharray": `${3 / transform.k} ${2 / transform.k}` } : {}) }));
  }
  root.append(g);
  const measure = document.createElement("canvas").getContext("2d")!;
  measure.font = LABEL_FONT;
  const candidates = scene.nodes.filter((n) => n.label).map((n) => ({
    id: n.id, x: n.x * transform.k + transform.x, y: n.y * transform.k + transform.y, r: n.radius * transform.k,
    width: measure.measureText(n.label).width, priority: (n.id === scene.selected ? 1e7 : 0) + n.weight,
  }));
  for (const p of placeLabels(candidates, { width: size.width, height: size.height, minRadius: transform.k < 0.5 ? 7 : 3.5 })) {
    root.append(svgEl("text", { x: p.x, y: p.y + 11, "text-anchor": "middle", fill: "#1f2933", stroke: "#ffffff", "stroke-width": 3, "paint-order": "stroke" }, scene.byId.get(p.id)!.label));
  }
  root.append(svgEl("text", { x: 10, y: size.height + 18, fill: "#334155" }, footer(scene)));
  return new Blob([new XMLSerializer().serializeToString(root)], { type: "image/svg+xml" });
}

/**
 * Visible nodes and links as ONE CSV (a second download would be blocked as "multiple downloads" by
 * browsers): a `record` column says node or link, so a spreadsheet filter separates them.
 */
export function exportCsv(graph: VisibleGraph): Blob {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const name = (id: string) => (byId.get(id) ? displayName(byId.get(id)!) : "");
  const text = toCsv([
    ["record", "id", "kind_or_type", "name", "nameEn", "from", "fromName", "to", "toName", "degree", "capabilities", "district", "source", "basis", "tier", "asOf", "url", "quote"],
    ...graph.nodes.map((n) => ["node", n.id, n.kind, n.name, n.nameEn, "", "", "", "", n.degree, n.capabilities,
      typeof n.props.district === "string" ? n.props.district : "", n.provenance.source, n.provenance.basis ?? "stated", n.provenance.tier, n.provenance.asOf, n.provenance.url, n.provenance.quote]),
    ...graph.links.map((l) => ["link", l.id, l.type, "", "", l.source, name(l.source), l.target, name(l.target), "", "", "",
      l.provenance.source, l.provenance.basis ?? "stated", l.provenance.tier, l.provenance.asOf, l.provenance.url, l.provenance.quote]),
  ]);
  return new Blob([text], { type: "text/csv;charset=utf-8" });
}

export const exportName = (ext: string) => `chainatlas-${stamp()}.${ext}`;
