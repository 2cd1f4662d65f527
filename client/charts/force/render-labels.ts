import type { ZoomTransform } from "d3";
import { bandOf, cullBand, maxLabels, minLabelRadius, placeBand, priorityOrder } from "./label-bands";
import { placeLabels, type LabelCandidate, type PlacedLabel } from "./label-lod";
import { viewBounds, visible, type Bounds, type DrawOptions } from "./viewport";
import { neighboursOf, type Scene } from "./scene";

export const LABEL_FONT = `12px "PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif`;
const IMPORTANT = 1e6;
const SMALL_VIEW = 60;
const TOP_HUBS = 5;
/** While positions move (a layout running), a band's placement is reused for this long before redoing it. */
const STALE_MS = 300;
const charWidths = new Map<string, number>();

/**
 * Label width at LABEL_FONT (ctx.font must be set): the sum of its characters' widths, each measured once.
 * Measuring 50,000 distinct names one by one takes a second; Chinese names have no kerning to miss.
 */
function measure(ctx: CanvasRenderingContext2D, text: string): number {
  let w = 0;
  for (const ch of text) {
    let c = charWidths.get(ch);
    if (c === undefined) {
      c = ctx.measureText(ch).width;
      if (charWidths.size > 20_000) charWidths.clear();
      charWidths.set(ch, c);
    }
    w += c;
  }
  return w;
}

/** Dark text on a white halo, centred under its anchor. */
function haloText(ctx: CanvasRenderingContext2D) {
  ctx.textAlign = "center";
  ctx.textBaseline = "top";
  ctx.lineJoin = "round";
  ctx.lineWidth = 3;
  ctx.strokeStyle = "rgba(255,255,255,0.92)";
  ctx.fillStyle = "#1f2933";
}

const sprites = new Map<string, HTMLCanvasElement>();
const SPRITE_PAD = 3;
const SPRITE_HEIGHT = 20;

/** A label drawn once (halo and text) into a small bitmap: copying it is far cheaper than strokeText. */
function sprite(text: string, width: number, dpr: number): HTMLCanvasElement {
  const key = `${dpr}|${text}`;
  let canvas = sprites.get(key);
  if (canvas) return canvas;
  if (sprites.size >= 1500) sprites.clear();
  canvas = document.createElement("canvas");
  canvas.width = Math.ceil((width + SPRITE_PAD * 2) * dpr);
  canvas.height = SPRITE_HEIGHT * dpr;
  const ctx = canvas.getContext("2d")!;
  ctx.scale(dpr, dpr);
  ctx.font = LABEL_FONT;
  haloText(ctx);
  ctx.strokeText(text, width / 2 + SPRITE_PAD, SPRITE_PAD);
  ctx.fillText(text, width / 2 + SPRITE_PAD, SPRITE_PAD);
  sprites.set(key, canvas);
  return canvas;
}

function drawTexts(ctx: CanvasRenderingContext2D, scene: Scene, placed: readonly PlacedLabel[], dpr?: number) {
  if (dpr) {
    for (const p of placed) {
      const label = scene.byId.get(p.id)!.label;
      if (!label) continue;
      const image = sprite(label, measure(ctx, label), dpr);
      const w = image.width / dpr;
      // on whole device pixels, so the copy stays as sharp as the text
      const x = Math.round((p.x - w / 2) * dpr) / dpr;
      const y = Math.round((p.y - SPRITE_PAD) * dpr) / dpr;
      ctx.drawImage(image, x, y, w, SPRITE_HEIGHT);
    }
    return;
  }
  haloText(ctx);
  for (const p of placed) {
    const n = scene.byId.get(p.id)!;
    ctx.strokeText(n.label, p.x, p.y);
    ctx.fillText(n.label, p.x, p.y);
  }
}

/** The nodes that always get a label (selection, hover, focus, path, the selection's neighbours, hubs). */
function specialIds(scene: Scene, hubs: readonly string[]): Set<string> {
  const out = new Set<string>(hubs);
  for (const id of [scene.selected, scene.hovered, scene.focus]) if (id) out.add(id);
  if (scene.selected) for (const id of neighboursOf(scene, scene.selected)) out.add(id);
  for (const id of scene.emphasis?.nodes ?? []) out.add(id);
  return out;
}

const topHubs = (scene: Scene) =>
  [...scene.nodes]
    .sort((a, c) => c.weight - a.weight)
    .slice(0, TOP_HUBS)
    .map((n) => n.id);

/**
 * Labels placed for exactly this view (exports, small views), returning how many were drawn: screen space (constant 12px at any zoom),
 * level of detail, see label-lod.ts.
 */
export function drawLabels(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  t: ZoomTransform,
  o: DrawOptions,
  b: Bounds,
  hubs = topHubs(scene),
  sprites = false,
): number {
  ctx.setTransform(o.dpr, 0, 0, o.dpr, 0, (o.offsetY ?? 0) * o.dpr);
  ctx.font = LABEL_FONT;
  // Level of detail: zoomed out only hubs compete for a label (and fewer of them); the chain layout's
  // rows leave room, so every node there may have one when it fits.
  const chain = scene.decor !== null;
  // Under 60 nodes every node is labelled (collisions resolved by placing around the node, not dropping).
  const small = scene.nodes.length < SMALL_VIEW;
  const minRadius = minLabelRadius(t.k, chain || small);
  const max = maxLabels(t.k, chain || small);
  const special = specialIds(scene, hubs);
  const candidates: LabelCandidate[] = [];
  const obstacles: [number, number, number, number][] = [];
  const emphasis = scene.emphasis?.nodes;
  for (const n of scene.nodes) {
    if (!visible(n, b)) continue;
    const r = n.radius * t.k;
    // Big nodes are obstacles (a label never covers another node's shape) — unless the view is so dense
    // that nothing could be labelled then.
    if (r >= 8) obstacles.push([n.x * t.k + t.x - r, n.y * t.k + t.y - r, n.x * t.k + t.x + r, n.y * t.k + t.y + r]);
    const must = special.has(n.id);
    if ((emphasis && !must) || (!must && (r < minRadius || !n.label))) continue;
    candidates.push({
      id: n.id,
      x: n.x * t.k + t.x,
      y: n.y * t.k + t.y,
      r: n.radius * t.k,
      width: measure(ctx, n.label),
      priority:
        (n.id === scene.selected || n.id === scene.hovered ? 4 * IMPORTANT : must ? 2 * IMPORTANT : 0) + n.weight,
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
  drawTexts(ctx, scene, placed, sprites ? o.dpr : undefined);
  return placed.length;
}

/** Per-scene label state of the on-screen canvas: widths, priority order and each band's placement. */
export interface LabelCache {
  /** Positions moved: band placements are redone (at most every STALE_MS while they keep moving). */
  moved(): void;
  /** A band placement was reused although positions had moved since: draw again a little later. */
  stale: boolean;
  scene: Scene | null;
  version: number;
  order: Int32Array;
  widths: Float32Array;
  index: Map<string, number>;
  bands: Map<number, { version: number; at: number; placed: Int32Array }>;
}

export function createLabelCache(): LabelCache {
  const cache: LabelCache = {
    moved: () => void cache.version++,
    stale: false,
    scene: null,
    version: 0,
    order: new Int32Array(0),
    widths: new Float32Array(0),
    index: new Map(),
    bands: new Map(),
  };
  return cache;
}

function prepare(ctx: CanvasRenderingContext2D, scene: Scene, cache: LabelCache) {
  if (cache.scene === scene && cache.widths.length === scene.nodes.length) return;
  cache.scene = scene;
  cache.bands.clear();
  cache.order = priorityOrder(scene.nodes);
  cache.index = new Map(scene.nodes.map((n, i) => [n.id, i]));
  ctx.font = LABEL_FONT;
  cache.widths = Float32Array.from(scene.nodes, (n) => (n.label ? measure(ctx, n.label) : 0));
}

function bandPlacement(scene: Scene, cache: LabelCache, kb: number, o: DrawOptions): Int32Array {
  const now = performance.now();
  const band = cache.bands.get(kb);
  if (band && (band.version === cache.version || now - band.at < STALE_MS)) {
    if (band.version !== cache.version) cache.stale = true;
    return band.placed;
  }
  const placed = placeBand(scene.nodes, cache.widths, cache.order, kb, {
    everyNode: scene.decor !== null,
    view: { width: o.width, height: o.height },
  });
  cache.bands.set(kb, { version: cache.version, at: performance.now(), placed });
  return placed;
}

/**
 * Labels of the on-screen canvas: the must-show ones placed for this frame, then the zoom band's
 * precomputed placement culled to the view (see label-bands.ts). Small views use the exact placement.
 */
export function drawBandLabels(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  t: ZoomTransform,
  o: DrawOptions,
  cache: LabelCache,
): number {
  prepare(ctx, scene, cache);
  cache.stale = false;
  const hubs = [...cache.order.subarray(0, TOP_HUBS)].map((i) => scene.nodes[i]!.id);
  if (scene.nodes.length < SMALL_VIEW || scene.emphasis)
    return drawLabels(ctx, scene, t, o, viewBounds(t, o.width, o.height), hubs, true);
  ctx.setTransform(o.dpr, 0, 0, o.dpr, 0, (o.offsetY ?? 0) * o.dpr);
  ctx.font = LABEL_FONT;
  const everyNode = scene.decor !== null;
  const max = maxLabels(t.k, everyNode);
  const b = viewBounds(t, o.width, o.height);
  const candidates: LabelCandidate[] = [];
  const skip = new Set<number>();
  for (const id of specialIds(scene, hubs)) {
    const i = cache.index.get(id);
    const n = scene.nodes[i ?? -1];
    if (i === undefined || !n || !visible(n, b)) continue;
    skip.add(i);
    const first = id === scene.selected || id === scene.hovered;
    candidates.push({
      id,
      x: n.x * t.k + t.x,
      y: n.y * t.k + t.y,
      r: n.radius * t.k,
      width: cache.widths[i]!,
      priority: (first ? 4 : 2) * IMPORTANT + n.weight,
    });
  }
  const must = placeLabels(candidates, { width: o.width, height: o.height, important: IMPORTANT, max, padding: 6 });
  const taken = must.map((p) => {
    const half = cache.widths[cache.index.get(p.id)!]! / 2 + 6;
    return [p.x - half, p.y, p.x + half, p.y + 16] as const;
  });
  const placed = bandPlacement(scene, cache, bandOf(t.k), o);
  const view = { ...o, max: max - must.length, minRadius: minLabelRadius(t.k, everyNode) };
  const rest = cullBand(scene.nodes, cache.widths, placed, t, view, skip, taken);
  const all = [...must, ...rest.map((r) => ({ id: scene.nodes[r.index]!.id, x: r.x, y: r.y }))];
  drawTexts(ctx, scene, all, o.dpr);
  return all.length;
}
