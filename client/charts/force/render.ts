import type { ZoomTransform } from "d3";
import { KIND_STYLE, kindColor } from "../../lib/kind-style";
import { drawChainDecor } from "../chain/decor";
import { edgeStyle, ILLUSTRATIVE_DASH } from "./edge-style";
import { placeLabels, type LabelCandidate } from "./label-lod";
import type { Scene, SceneLink, SceneNode } from "./scene";
import { traceShape, type Shape } from "./shapes";

export const LABEL_FONT = `12px "PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif`;
const IMPORTANT = 1e6;
/** Above this many links or nodes the frame trades finish for speed (hairlines, no node outlines). */
const DENSE = 3000;
const widths = new Map<string, number>();

export interface DrawOptions {
  width: number;
  height: number;
  dpr: number;
  /** Fill a background (exports); the screen keeps the page colour. */
  background?: string;
}

function measure(ctx: CanvasRenderingContext2D, text: string): number {
  let w = widths.get(text);
  if (w === undefined) {
    w = ctx.measureText(text).width;
    if (widths.size > 50_000) widths.clear();
    widths.set(text, w);
  }
  return w;
}

/** World-space rectangle currently on screen (with a margin), for culling. */
function viewBounds(t: ZoomTransform, width: number, height: number, margin = 40) {
  return { x0: (-margin - t.x) / t.k, y0: (-margin - t.y) / t.k, x1: (width + margin - t.x) / t.k, y1: (height + margin - t.y) / t.k };
}

function drawLinks(ctx: CanvasRenderingContext2D, scene: Scene, t: ZoomTransform, b: ReturnType<typeof viewBounds>, dim: boolean) {
  // Thousands of links: hairlines (the rasteriser's fast path) and fainter, so hubs still read.
  const dense = scene.links.length > DENSE;
  const scale = dense ? 0.9 / t.k : Math.min(1.6, Math.max(0.7, Math.sqrt(t.k))) / t.k;
  const baseAlpha = dense ? 0.3 : 0.6;
  ctx.globalAlpha = dim ? 0.12 : baseAlpha;
  for (const group of scene.linkGroups) {
    if (scene.hiddenTypes.has(group.type)) continue;
    const style = edgeStyle(group.type);
    ctx.strokeStyle = group.illustrative ? "#b45309" : style.color;
    ctx.lineWidth = dense ? scale : style.width * scale;
    ctx.setLineDash(group.illustrative ? ILLUSTRATIVE_DASH.map((d) => d / t.k) : []);
    ctx.beginPath();
    let count = 0;
    for (const l of group.links) {
      const s = l.source;
      const e = l.target;
      if ((s.x < b.x0 && e.x < b.x0) || (s.x > b.x1 && e.x > b.x1) || (s.y < b.y0 && e.y < b.y0) || (s.y > b.y1 && e.y > b.y1)) continue;
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
    ctx.fillStyle = l.illustrative ? "#b45309" : style.color;
    ctx.beginPath();
    ctx.moveTo(tipX, tipY);
    ctx.lineTo(tipX - ux * size - uy * size * 0.5, tipY - uy * size + ux * size * 0.5);
    ctx.lineTo(tipX - ux * size + uy * size * 0.5, tipY - uy * size - ux * size * 0.5);
    ctx.fill();
  }
}

function drawEmphasisLinks(ctx: CanvasRenderingContext2D, scene: Scene, t: ZoomTransform, ids: Set<string>, color: string | null, width: number, evenHidden = false) {
  for (const l of scene.links) {
    if (!ids.has(l.id) || (!evenHidden && scene.hiddenTypes.has(l.type))) continue;
    const style = edgeStyle(l.type);
    ctx.strokeStyle = color ?? (l.illustrative ? "#b45309" : style.color);
    ctx.lineWidth = (color ? width : style.width * 1.4) / t.k;
    ctx.setLineDash(l.illustrative ? ILLUSTRATIVE_DASH.map((d) => d / t.k) : []);
    ctx.beginPath();
    ctx.moveTo(l.source.x, l.source.y);
    ctx.lineTo(l.target.x, l.target.y);
    ctx.stroke();
  }
  ctx.setLineDash([]);
}

function visible(n: SceneNode, b: ReturnType<typeof viewBounds>) {
  return n.x + n.radius >= b.x0 && n.x - n.radius <= b.x1 && n.y + n.radius >= b.y0 && n.y - n.radius <= b.y1;
}

function drawNodes(ctx: CanvasRenderingContext2D, scene: Scene, t: ZoomTransform, b: ReturnType<typeof viewBounds>, only: Set<string> | null, alpha: number) {
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

function ring(ctx: CanvasRenderingContext2D, n: SceneNode, t: ZoomTransform, color: string, width: number, gap: number, dash: number[] = []) {
  ctx.strokeStyle = color;
  ctx.lineWidth = width / t.k;
  ctx.setLineDash(dash.map((d) => d / t.k));
  ctx.beginPath();
  ctx.arc(n.x, n.y, n.radius + gap / t.k, 0, Math.PI * 2);
  ctx.stroke();
  ctx.setLineDash([]);
}

function drawMarks(ctx: CanvasRenderingContext2D, scene: Scene, t: ZoomTransform, b: ReturnType<typeof viewBounds>) {
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

function drawLabels(ctx: CanvasRenderingContext2D, scene: Scene, t: ZoomTransform, o: DrawOptions, b: ReturnType<typeof viewBounds>) {
  ctx.setTransform(o.dpr, 0, 0, o.dpr, 0, 0);
  ctx.font = LABEL_FONT;
  // Level of detail: zoomed out only hubs compete for a label (and fewer of them); the chain layout's
  // rows leave room, so every node there may have one when it fits.
  const chain = scene.decor !== null;
  const minRadius = chain ? 0 : t.k < 0.5 ? 9 : t.k < 1 ? 5.5 : 3;
  const max = t.k < 1 && !chain ? 80 : 250;
  const candidates: LabelCandidate[] = [];
  const obstacles: [number, number, number, number][] = [];
  const emphasis = scene.emphasis?.nodes;
  for (const n of scene.nodes) {
    if (!visible(n, b)) continue;
    const r = n.radius * t.k;
    // Big nodes are obstacles (a label never covers another node's shape) — unless the view is so dense
    // that nothing could be labelled then.
    if (r >= 5) obstacles.push([n.x * t.k + t.x - r, n.y * t.k + t.y - r, n.x * t.k + t.x + r, n.y * t.k + t.y + r]);
    const special = n.id === scene.selected || n.id === scene.hovered || n.id === scene.focus || (emphasis?.has(n.id) ?? false);
    if ((emphasis && !special) || (!special && (r < minRadius || !n.label))) continue;
    candidates.push({
      id: n.id, x: n.x * t.k + t.x, y: n.y * t.k + t.y, r: n.radius * t.k, width: measure(ctx, n.label),
      priority: (n.id === scene.selected || n.id === scene.hovered ? 4 * IMPORTANT : special ? 2 * IMPORTANT : 0) + n.weight,
    });
  }
  // Only the likeliest candidates compete (a dense view has thousands).
  const shortlist = candidates.length > max * 6 ? candidates.sort((a, c) => c.priority - a.priority).slice(0, max * 6) : candidates;
  const placed = placeLabels(shortlist, { width: o.width, height: o.height, important: IMPORTANT, minRadius, max, padding: 6, obstacles: obstacles.length <= 600 ? obstacles : [] });
  ctx.textAlign = "center";
  ctx.textBaseline = "top";
  ctx.lineJoin = "round";
  ctx.lineWidth = 3;
  ctx.strokeStyle = "rgba(255,255,255,0.92)";
  ctx.fillStyle = "#1f2933";
  for (const p of placed) {
    const n = scene.byId.get(p.id)!;
    ctx.strokeText(n.label, p.x, p.y);
    ctx.fillText(n.label, p.x, p.y);
  }
}

/**
 * One frame: decorations (chain lanes), links batched by style, nodes batched by kind, marks
 * (illustrative dashes, pins, focus/hover/selection rings), then labels in screen space with level of
 * detail. Anything off screen is culled; emphasis (a path, a selection) dims the rest.
 */
export function drawScene(ctx: CanvasRenderingContext2D, scene: Scene, t: ZoomTransform, o: DrawOptions): void {
  ctx.setTransform(o.dpr, 0, 0, o.dpr, 0, 0);
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
  const selectedLinks = scene.selected ? new Set(scene.links.filter((l) => l.source.id === scene.selected || l.target.id === scene.selected).map((l) => l.id)) : null;
  if (selectedLinks?.size) drawEmphasisLinks(ctx, scene, t, selectedLinks, null, 1, true);
  if (scene.pathLinks.size) drawEmphasisLinks(ctx, scene, t, scene.pathLinks, "#f59e0b", 4);
  if (t.k > 0.6 && scene.links.length < 4000) drawArrows(ctx, emphasis ? scene.links.filter((l) => emphasis.links.has(l.id)) : scene.links, t);
  drawNodes(ctx, scene, t, b, null, emphasis ? 0.18 : 1);
  if (emphasis) drawNodes(ctx, scene, t, b, emphasis.nodes, 1);
  drawMarks(ctx, scene, t, b);
  drawLabels(ctx, scene, t, o, b);
  if (scene.decor) drawChainDecor(ctx, scene.decor, t, o, "headers");
}
