import type { ZoomTransform } from "d3";
import { placeLabels, type LabelCandidate } from "./label-lod";
import { visible, type Bounds, type DrawOptions } from "./viewport";
import type { Scene } from "./scene";

export const LABEL_FONT = `12px "PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif`;
const IMPORTANT = 1e6;
const SMALL_VIEW = 60;
const TOP_HUBS = 5;
const widths = new Map<string, number>();

function measure(ctx: CanvasRenderingContext2D, text: string): number {
  let w = widths.get(text);
  if (w === undefined) {
    w = ctx.measureText(text).width;
    if (widths.size > 50_000) widths.clear();
    widths.set(text, w);
  }
  return w;
}

/** Labels in screen space (constant 12px at any zoom) with level of detail, see label-lod.ts; returns how many were drawn. */
export function drawLabels(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  t: ZoomTransform,
  o: DrawOptions,
  b: Bounds,
): number {
  ctx.setTransform(o.dpr, 0, 0, o.dpr, 0, (o.offsetY ?? 0) * o.dpr);
  ctx.font = LABEL_FONT;
  // Level of detail: zoomed out only hubs compete for a label (and fewer of them); the chain layout's
  // rows leave room, so every node there may have one when it fits.
  const chain = scene.decor !== null;
  // Under 60 nodes every node is labelled (collisions resolved by placing around the node, not dropping).
  const small = scene.nodes.length < SMALL_VIEW;
  const minRadius = chain || small ? 0 : t.k < 0.5 ? 9 : t.k < 1 ? 5.5 : 3;
  const max = t.k < 1 && !chain && !small ? 80 : 250;
  // Always labelled: the selection and its neighbours, the path, the focus, and the top hubs.
  const neighbours = new Set<string>();
  if (scene.selected)
    for (const l of scene.links) {
      if (l.source.id === scene.selected) neighbours.add(l.target.id);
      else if (l.target.id === scene.selected) neighbours.add(l.source.id);
    }
  const hubs = new Set(
    [...scene.nodes]
      .sort((a, c) => c.weight - a.weight)
      .slice(0, TOP_HUBS)
      .map((n) => n.id),
  );
  const candidates: LabelCandidate[] = [];
  const obstacles: [number, number, number, number][] = [];
  const emphasis = scene.emphasis?.nodes;
  for (const n of scene.nodes) {
    if (!visible(n, b)) continue;
    const r = n.radius * t.k;
    // Big nodes are obstacles (a label never covers another node's shape) — unless the view is so dense
    // that nothing could be labelled then.
    if (r >= 8) obstacles.push([n.x * t.k + t.x - r, n.y * t.k + t.y - r, n.x * t.k + t.x + r, n.y * t.k + t.y + r]);
    const special =
      n.id === scene.selected ||
      n.id === scene.hovered ||
      n.id === scene.focus ||
      (emphasis?.has(n.id) ?? false) ||
      neighbours.has(n.id) ||
      hubs.has(n.id);
    if ((emphasis && !special) || (!special && (r < minRadius || !n.label))) continue;
    candidates.push({
      id: n.id,
      x: n.x * t.k + t.x,
      y: n.y * t.k + t.y,
      r: n.radius * t.k,
      width: measure(ctx, n.label),
      priority:
        (n.id === scene.selected || n.id === scene.hovered ? 4 * IMPORTANT : special ? 2 * IMPORTANT : 0) + n.weight,
    });
  }
  // Only the likeliest candidates compete (a dense view has thousands).
  const shortlist =
    candidates.length > max * 6 ? candidates.sort((a, c) => c.priority - a.priority).slice(0, max * 6) : candidates;
  const placed = placeLabels(shortlist, {
    width: o.width,
    height: o.height,
    important: IMPORTANT,
    minRadius,
    max,
    padding: small ? 3 : 6,
    obstacles: obstacles.length <= 600 ? obstacles : [],
    placement: small ? "around" : "below",
    all: small,
  });
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
  return placed.length;
}
