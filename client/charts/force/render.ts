import type { ZoomTransform } from "d3";
import { KIND_STYLE, kindColor } from "../../lib/kind-style";
import { drawChainDecor } from "../chain/decor";
import { edgeStyle, linkLook } from "./edge-style";
import { drawLabels } from "./render-labels";
import { viewBounds, visible, type Bounds, type DrawOptions } from "./viewport";
import type { LayoutLink, LayoutNode } from "./layout";
import { buildScene, type Scene, type SceneLink, type SceneNode } from "./scene";
import { traceShape, type Shape } from "./shapes";

/** Above this many links or nodes the frame trades finish for speed (hairlines, no node outlines). */
const DENSE = 3000;
export { LABEL_FONT } from "./render-labels";
export type { DrawOptions } from "./viewport";

function drawLinks(ctx: CanvasRenderingContext2D, scene: Scene, t: ZoomTransform, b: Bounds, dim: boolean) {
  // Thousands of links: hairlines (the rasteriser's fast path) and fainter, so hubs still read.
  const dense = scene.links.length > DENSE;
  const scale = dense ? 0.9 / t.k : Math.min(1.6, Math.max(0.7, Math.sqrt(t.k))) / t.k;
  const baseAlpha = dense ? 0.3 : 0.6;
  ctx.globalAlpha = dim ? 0.12 : baseAlpha;
  for (const group of scene.linkGroups) {
    if (scene.hiddenTypes.has(group.type)) continue;
    const look = linkLook(group.type, group);
    ctx.globalAlpha = (dim ? 0.12 : baseAlpha) * look.alpha;
    ctx.strokeStyle = look.color;
    ctx.lineWidth = dense ? scale : look.width * scale;
    ctx.setLineDash(look.dash.map((d) => d / t.k));
    ctx.beginPath();
    let count = 0;
    const skip = scene.hiddenLinks.size ? scene.hiddenLinks : null;
    for (const l of group.links) {
      const s = l.source;
      const e = l.target;
      if (skip?.has(l.id)) continue;
      if (
        (s.x < b.x0 && e.x < b.x0) ||
        (s.x > b.x1 && e.x > b.x1) ||
        (s.y < b.y0 && e.y < b.y0) ||
        (s.y > b.y1 && e.y > b.y1)
      )
        continue;
      ctx.moveTo(s.x, s.y);
      ctx.lineTo(e.x, e.y);
      // Stroke in chunks, as for nodes: very long paths rasterise disproportionately slowly.
      if (++count === 400) {
        ctx.stroke();
        ctx.beginPath();
        count = 0;
      }
    }
    if (count) ctx.stroke();
  }
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
}

function drawArrows(ctx: CanvasRenderingContext2D, links: SceneLink[], t: ZoomTransform) {
  const size = 7 / t.k;
  for (const l of links) {
    const style = edgeStyle(l.type);
    if (!style.arrow) continue;
    const dx = l.target.x - l.source.x;
    const dy = l.target.y - l.source.y;
    const len = Math.hypot(dx, dy);
    if (len * t.k < 40) continue;
    const ux = dx / len;
    const uy = dy / len;
    const tipX = l.target.x - ux * (l.target.radius + 2 / t.k);
    const tipY = l.target.y - uy * (l.target.radius + 2 / t.k);
    ctx.fillStyle = linkLook(l.type, l).color;
    ctx.beginPath();
    ctx.moveTo(tipX, tipY);
    ctx.lineTo(tipX - ux * size - uy * size * 0.5, tipY - uy * size + ux * size * 0.5);
    ctx.lineTo(tipX - ux * size + uy * size * 0.5, tipY - uy * size - ux * size * 0.5);
    ctx.fill();
  }
}

function drawEmphasisLinks(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  t: ZoomTransform,
  ids: Set<string>,
  color: string | null,
  width: number,
  evenHidden = false,
) {
  for (const l of scene.links) {
    if (!ids.has(l.id) || (!evenHidden && scene.hiddenTypes.has(l.type))) continue;
    const look = linkLook(l.type, l);
    ctx.strokeStyle = color ?? look.color;
    ctx.lineWidth = (color ? width : look.width * 1.4) / t.k;
    ctx.setLineDash(look.dash.map((d) => d / t.k));
    ctx.beginPath();
    ctx.moveTo(l.source.x, l.source.y);
    ctx.lineTo(l.target.x, l.target.y);
    ctx.stroke();
  }
  ctx.setLineDash([]);
}

function drawNodes(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  t: ZoomTransform,
  b: Bounds,
  only: Set<string> | null,
  alpha: number,
) {
  ctx.globalAlpha = alpha;
  ctx.lineWidth = 1.2 / t.k;
  ctx.strokeStyle = "#ffffff";
  for (const group of scene.nodeGroups) {
    const shape = (KIND_STYLE[group.kind as keyof typeof KIND_STYLE]?.shape ?? "circle") as Shape;
    ctx.fillStyle = kindColor(group.kind);
    const outline = scene.nodes.length <= DENSE;
    // Fill in chunks: one path with thousands of overlapping sub-paths rasterises far slower.
    let count = 0;
    let tiny = true;
    const flush = () => {
      if (!count) return;
      ctx.fill();
      if (!tiny && outline) ctx.stroke();
      count = 0;
      tiny = true;
    };
    ctx.beginPath();
    for (const n of group.nodes) {
      if ((only && !only.has(n.id)) || !visible(n, b)) continue;
      const r = n.radius * t.k;
      if (r < 1.6) ctx.rect(n.x - 1.2 / t.k, n.y - 1.2 / t.k, 2.4 / t.k, 2.4 / t.k);
      else if (r < 2.5) ctx.rect(n.x - n.radius, n.y - n.radius, n.radius * 2, n.radius * 2);
      else {
        tiny = false;
        traceShape(ctx, shape, n.x, n.y, n.radius);
      }
      if (++count === 200) {
        flush();
        ctx.beginPath();
      }
    }
    flush();
  }
  ctx.globalAlpha = 1;
}

function ring(
  ctx: CanvasRenderingContext2D,
  n: SceneNode,
  t: ZoomTransform,
  color: string,
  width: number,
  gap: number,
  dash: number[] = [],
) {
  ctx.strokeStyle = color;
  ctx.lineWidth = width / t.k;
  ctx.setLineDash(dash.map((d) => d / t.k));
  ctx.beginPath();
  ctx.arc(n.x, n.y, n.radius + gap / t.k, 0, Math.PI * 2);
  ctx.stroke();
  ctx.setLineDash([]);
}

function drawMarks(ctx: CanvasRenderingContext2D, scene: Scene, t: ZoomTransform, b: Bounds) {
  for (const n of scene.nodes) {
    if (!visible(n, b)) continue;
    if (n.illustrative && n.radius * t.k > 2) ring(ctx, n, t, "#b45309", 1.5, 2.5, [3, 2]);
    if (scene.pinned.has(n.id)) {
      ctx.fillStyle = "#0f172a";
      ctx.beginPath();
      ctx.arc(n.x + n.radius * 0.8, n.y - n.radius * 0.8, 2.6 / t.k, 0, Math.PI * 2);
      ctx.fill();
    }
  }
  const get = (id: string | null) => (id ? scene.byId.get(id) : undefined);
  const focus = get(scene.focus);
  if (focus) ring(ctx, focus, t, "#0f172a", 1.5, 5);
  const hovered = get(scene.hovered);
  if (hovered) ring(ctx, hovered, t, "#334155", 2, 2.5);
  const selected = get(scene.selected);
  if (selected) ring(ctx, selected, t, "#f59e0b", 3, 3);
}

/**
 * One frame: decorations (chain lanes), links batched by style, nodes batched by kind, marks
 * (illustrative dashes, pins, focus/hover/selection rings), then labels in screen space with level of
 * detail. Anything off screen is culled; emphasis (a path, a selection) dims the rest. Returns the labels drawn.
 */
export function drawScene(ctx: CanvasRenderingContext2D, scene: Scene, t: ZoomTransform, o: DrawOptions): number {
  ctx.setTransform(o.dpr, 0, 0, o.dpr, 0, (o.offsetY ?? 0) * o.dpr);
  if (o.background) {
    ctx.fillStyle = o.background;
    ctx.fillRect(0, 0, o.width, o.height);
  } else ctx.clearRect(0, 0, o.width, o.height);
  ctx.translate(t.x, t.y);
  ctx.scale(t.k, t.k);
  const b = viewBounds(t, o.width, o.height);
  if (scene.decor) drawChainDecor(ctx, scene.decor, t, o);
  const emphasis = scene.emphasis;
  drawLinks(ctx, scene, t, b, emphasis !== null);
  if (emphasis) drawEmphasisLinks(ctx, scene, t, emphasis.links, null, 1);
  const selectedLinks = scene.selected
    ? new Set(
        scene.links.filter((l) => l.source.id === scene.selected || l.target.id === scene.selected).map((l) => l.id),
      )
    : null;
  if (selectedLinks?.size) drawEmphasisLinks(ctx, scene, t, selectedLinks, null, 1, true);
  if (scene.pathLinks.size) drawEmphasisLinks(ctx, scene, t, scene.pathLinks, "#f59e0b", 4);
  if (t.k > 0.6 && scene.links.length < 4000)
    drawArrows(ctx, emphasis ? scene.links.filter((l) => emphasis.links.has(l.id)) : scene.links, t);
  drawNodes(ctx, scene, t, b, null, emphasis ? 0.18 : 1);
  if (emphasis) drawNodes(ctx, scene, t, b, emphasis.nodes, 1);
  drawMarks(ctx, scene, t, b);
  const labels = drawLabels(ctx, scene, t, o, b);
  if (scene.decor) drawChainDecor(ctx, scene.decor, t, o, "headers");
  return labels;
}

/** A node of the simple drawing API (a laid-out force node with its kind and label). */
export interface DrawNode extends LayoutNode {
  kind: string;
  label: string;
  illustrative: boolean;
}

export interface DrawState {
  nodes: DrawNode[];
  links: (LayoutLink & { illustrative: boolean; type?: string })[];
  selected: string | null;
  hovered: string | null;
}

const endId = (end: LayoutLink["source"]) => (typeof end === "object" ? (end as LayoutNode).id : String(end));

/**
 * The simple drawing API kept for small embedded graphs (the query results view): a laid-out graph drawn
 * once per call with the explorer's renderer.
 */
export function drawGraph(
  ctx: CanvasRenderingContext2D,
  state: DrawState,
  t: ZoomTransform,
  width: number,
  height: number,
): void {
  const scene = buildScene(
    state.nodes.map((n) => ({
      id: n.id,
      kind: n.kind,
      label: n.label,
      radius: n.radius,
      x: n.x ?? 0,
      y: n.y ?? 0,
      illustrative: n.illustrative,
      weight: n.radius,
    })),
    state.links.map((l) => ({
      id: l.id,
      type: l.type ?? "",
      source: endId(l.source),
      target: endId(l.target),
      illustrative: l.illustrative,
    })),
  );
  scene.selected = state.selected;
  scene.hovered = state.hovered;
  drawScene(ctx, scene, t, { width, height, dpr: window.devicePixelRatio || 1 });
}
