import type { ZoomTransform } from "d3";
import { drawScene, LABEL_FONT } from "../../charts/force/render";
import { placeLabels } from "../../charts/force/label-lod";
import type { Scene, SceneNode } from "../../charts/force/scene";
import { boundsOf, fitTransform } from "../../charts/force/viewport";
import { zoomIdentity } from "d3";
import { edgeStyle, ILLUSTRATIVE_DASH } from "../../charts/force/edge-style";
import { shapePathD, type Shape } from "../../charts/force/shapes";
import { KIND_STYLE, kindColor } from "../../lib/kind-style";
import { t } from "../../i18n";

const SVG_NS = "http://www.w3.org/2000/svg";

function stamp(): string {
  return new Date().toISOString().slice(0, 10);
}

export { downloadBlob as download } from "../../lib/download";

export type ExportScope = "whole" | "screen";
const HEADER = 34;
const FOOTER = 56;

/**
 * What an export draws: the whole graph fitted into the picture (default) or what is on screen; the counts
 * in the caption are those of the nodes and links drawn, the legend lists the kinds drawn.
 */
export function exportFrame(
  scene: Scene,
  transform: ZoomTransform,
  size: { width: number; height: number },
  scope: ExportScope,
) {
  let frameTransform = transform;
  if (scope === "whole") {
    const f = fitTransform(boundsOf(scene.nodes), size.width, size.height, { padding: 36, maxScale: 1.5 });
    frameTransform = zoomIdentity.translate(f.x, f.y).scale(f.k);
  }
  const inView = (n: SceneNode) => {
    const x = frameTransform.applyX(n.x);
    const y = frameTransform.applyY(n.y);
    return x >= 0 && x <= size.width && y >= 0 && y <= size.height;
  };
  const nodes = scope === "whole" ? scene.nodes : scene.nodes.filter(inView);
  const ids = new Set(nodes.map((n) => n.id));
  const links = scene.links.filter(
    (l) => !scene.hiddenTypes.has(l.type) && ids.has(l.source.id) && ids.has(l.target.id),
  );
  const kinds = [...new Set(nodes.map((n) => n.kind))];
  return { transform: frameTransform, nodes, links, kinds };
}

/** The caption: date and the counts drawn, then where the data comes from (答复原文 / 公开资料 / 示例 …). */
export function exportCaption(frame: { nodes: unknown[]; links: unknown[] }, sources: string[]): string {
  const names = sources.map((s) => t(`source.${s}`));
  return [
    t("ex.export.footer", { date: stamp(), nodes: frame.nodes.length, links: frame.links.length }),
    names.length ? t("ex.export.sources", { sources: names.join(" / ") }) : "",
  ]
    .filter(Boolean)
    .join(" · ");
}

/** The graph as a PNG at twice the screen resolution: title, drawing, legend of the kinds drawn, caption. */
export async function exportPng(
  scene: Scene,
  transform: ZoomTransform,
  size: { width: number; height: number },
  scope: ExportScope = "whole",
  sources: string[] = [],
): Promise<Blob> {
  const scale = 2;
  const frame = exportFrame(scene, transform, size, scope);
  const canvas = document.createElement("canvas");
  canvas.width = size.width * scale;
  canvas.height = (size.height + HEADER + FOOTER) * scale;
  const ctx = canvas.getContext("2d")!;
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.fillStyle = "#0f172a";
  ctx.font = LABEL_FONT.replace(/^12px/, "bold 15px");
  ctx.textBaseline = "middle";
  ctx.textAlign = "left";
  ctx.fillText(`${t("ex.export.title")} · ${stamp()}`, 10, HEADER / 2);
  drawScene(ctx, scene, frame.transform, {
    width: size.width,
    height: size.height,
    dpr: scale,
    background: "#ffffff",
    offsetY: HEADER,
  });
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  const y0 = HEADER + size.height;
  ctx.fillStyle = "#f1f5f9";
  ctx.fillRect(0, y0, size.width, FOOTER);
  ctx.font = LABEL_FONT;
  ctx.textBaseline = "middle";
  ctx.textAlign = "left";
  let x = 10;
  for (const kind of frame.kinds) {
    ctx.fillStyle = kindColor(kind);
    ctx.beginPath();
    ctx.arc(x + 5, y0 + 15, 5, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = "#334155";
    const label = t(`kind.${kind}`);
    ctx.fillText(label, x + 14, y0 + 15);
    x += 24 + ctx.measureText(label).width;
  }
  ctx.fillText(exportCaption(frame, sources), 10, y0 + 39);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png"),
  );
}

function svgEl(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text; // text, never markup: names may contain HTML
  return el;
}

/** The graph as SVG (same frame as the PNG): title, links, node shapes, labels, legend and caption. */
export function exportSvg(
  scene: Scene,
  transform: ZoomTransform,
  size: { width: number; height: number },
  scope: ExportScope = "whole",
  sources: string[] = [],
): Blob {
  const frame = exportFrame(scene, transform, size, scope);
  const tf = frame.transform;
  const total = size.height + HEADER + FOOTER;
  const root = svgEl("svg", {
    xmlns: SVG_NS,
    width: size.width,
    height: total,
    viewBox: `0 0 ${size.width} ${total}`,
    "font-family": LABEL_FONT.replace(/^12px /, ""),
    "font-size": 12,
  });
  root.append(svgEl("rect", { x: 0, y: 0, width: size.width, height: total, fill: "#ffffff" }));
  root.append(
    svgEl(
      "text",
      { x: 10, y: 22, "font-size": 15, "font-weight": "bold", fill: "#0f172a", "data-role": "title" },
      `${t("ex.export.title")} · ${stamp()}`,
    ),
  );
  const drawing = svgEl("g", { transform: `translate(0 ${HEADER})` });
  const g = svgEl("g", { transform: `translate(${tf.x} ${tf.y}) scale(${tf.k})` });
  const ids = new Set(frame.nodes.map((n) => n.id));
  for (const l of frame.links) {
    const style = edgeStyle(l.type);
    const onPath = scene.pathLinks.has(l.id);
    g.append(
      svgEl("line", {
        x1: l.source.x,
        y1: l.source.y,
        x2: l.target.x,
        y2: l.target.y,
        stroke: onPath ? "#f59e0b" : l.illustrative ? "#b45309" : style.color,
        "stroke-width": (onPath ? 4 : style.width) / tf.k,
        "stroke-opacity": onPath ? 1 : 0.6,
        ...(l.illustrative ? { "stroke-dasharray": ILLUSTRATIVE_DASH.map((d) => d / tf.k).join(" ") } : {}),
      }),
    );
  }
  for (const n of frame.nodes) {
    const shape = (KIND_STYLE[n.kind as keyof typeof KIND_STYLE]?.shape ?? "circle") as Shape;
    g.append(
      svgEl("path", {
        "data-node": n.id,
        d: shapePathD(shape, n.x, n.y, n.radius),
        fill: kindColor(n.kind),
        stroke: n.illustrative ? "#b45309" : "#ffffff",
        "stroke-width": 1.2 / tf.k,
        ...(n.illustrative ? { "stroke-dasharray": `${3 / tf.k} ${2 / tf.k}` } : {}),
      }),
    );
  }
  drawing.append(g);
  const measure = document.createElement("canvas").getContext("2d")!;
  measure.font = LABEL_FONT;
  const small = scene.nodes.length < 60;
  const candidates = frame.nodes
    .filter((n) => n.label && ids.has(n.id))
    .map((n) => ({
      id: n.id,
      x: tf.applyX(n.x),
      y: tf.applyY(n.y),
      r: n.radius * tf.k,
      width: measure.measureText(n.label).width,
      priority: (n.id === scene.selected ? 1e7 : 0) + n.weight,
    }));
  for (const p of placeLabels(candidates, {
    width: size.width,
    height: size.height,
    minRadius: small ? 0 : tf.k < 0.5 ? 7 : 3.5,
    placement: small ? "around" : "below",
    all: small,
    important: 1e6,
  })) {
    drawing.append(
      svgEl(
        "text",
        {
          x: p.x,
          y: p.y + 11,
          "text-anchor": "middle",
          fill: "#1f2933",
          stroke: "#ffffff",
          "stroke-width": 3,
          "paint-order": "stroke",
        },
        scene.byId.get(p.id)!.label,
      ),
    );
  }
  root.append(drawing);
  const y0 = HEADER + size.height;
  root.append(svgEl("rect", { x: 0, y: y0, width: size.width, height: FOOTER, fill: "#f1f5f9" }));
  const legend = svgEl("g", { "data-role": "legend" });
  let x = 10;
  for (const kind of frame.kinds) {
    const label = t(`kind.${kind}`);
    legend.append(
      svgEl("circle", { cx: x + 5, cy: y0 + 15, r: 5, fill: kindColor(kind) }),
      svgEl("text", { x: x + 14, y: y0 + 19, fill: "#334155" }, label),
    );
    x += 24 + measure.measureText(label).width;
  }
  root.append(legend);
  root.append(
    svgEl("text", { x: 10, y: y0 + 43, fill: "#334155", "data-role": "caption" }, exportCaption(frame, sources)),
  );
  return new Blob([new XMLSerializer().serializeToString(root)], { type: "image/svg+xml" });
}

export const exportName = (ext: string) => `chainatlas-${stamp()}.${ext}`;
