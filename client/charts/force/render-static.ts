import type { ZoomTransform } from "d3";
import { KIND_STYLE, kindColor } from "../../lib/kind-style";
import { drawChainDecor } from "../chain/decor";
import { edgeStyle, linkLook } from "./edge-style";
import { viewBounds, visible, type Bounds, type DrawOptions } from "./viewport";
import type { Scene, SceneLink, SceneNode } from "./scene";
import { traceShape, type Shape } from "./shapes";

// The static layer: everything that changes only when positions, the scene or its emphasis change (chain
// lanes, links, arrows, nodes, illustrative rings, pins). It is drawn as a generator that yields after
// every chunk, so a big scene can be drawn across several animation frames (graph-canvas keeps showing
// the previous bitmap meanwhile) or all at once (exports, small scenes).

/** Above this many links or nodes the frame trades finish for speed (hairlines, no node outlines). */
export const DENSE = 3000;
/** Above this many links, links are one-pixel hairlines. */
const HAIRLINES = 1000;
/**
 * Links drawn per stroke, nodes per fill: very long paths rasterise disproportionately slowly. Each chunk
 * is also a step of the generator (a slice of a frame): one-pixel hairlines are cheap, wide lines are not.
 */
const HAIRLINE_CHUNK = 400;
const LINK_CHUNK = 120;
const NODE_CHUNK = 100;
const ARROW_CHUNK = 100;

function* linkSteps(ctx: CanvasRenderingContext2D, scene: Scene, t: ZoomTransform, b: Bounds, dim: boolean) {
  // Thousands of links: hairlines of exactly one pixel (the software rasteriser's fast path, several times
  // faster than 0.9 or 1.6 px) and fainter, so hubs still read.
  // From a thousand links on, wide anti-aliased strokes cost tens of milliseconds per hundred when zoomed in.
  const dense = scene.links.length > HAIRLINES;
  const scale = dense ? 1 / t.k : Math.min(1.6, Math.max(0.7, Math.sqrt(t.k))) / t.k;
  const baseAlpha = scene.links.length > DENSE ? 0.3 : dense ? 0.45 : 0.6;
  // Zoomed far out on a dense scene, a link shorter than a pixel is hidden under its two nodes anyway.
  const minLength = scene.links.length > DENSE ? 1.5 / t.k : 0;
  const chunk = dense ? HAIRLINE_CHUNK : LINK_CHUNK;
  const skip = scene.hiddenLinks.size ? scene.hiddenLinks : null;
  for (const group of scene.linkGroups) {
    if (scene.hiddenTypes.has(group.type)) continue;
    const look = linkLook(group.type, group);
    ctx.globalAlpha = (dim ? 0.12 : baseAlpha) * look.alpha;
    ctx.strokeStyle = look.color;
    ctx.lineWidth = dense ? scale : look.width * scale;
    ctx.setLineDash(look.dash.map((d) => d / t.k));
    ctx.beginPath();
    let count = 0;
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
      if (minLength && Math.abs(s.x - e.x) < minLength && Math.abs(s.y - e.y) < minLength) continue;
      ctx.moveTo(s.x, s.y);
      ctx.lineTo(e.x, e.y);
      if (++count === chunk) {
        ctx.stroke();
        yield;
        ctx.beginPath();
        count = 0;
      }
    }
    if (count) {
      ctx.stroke();
      yield;
    }
  }
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
}

function* arrowSteps(ctx: CanvasRenderingContext2D, links: SceneLink[], t: ZoomTransform, b: Bounds) {
  const size = 7 / t.k;
  let count = 0;
  for (const l of links) {
    const style = edgeStyle(l.type);
    if (!style.arrow || !visible(l.target, b)) continue;
    if (++count % ARROW_CHUNK === 0) yield;
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

/** Links drawn stronger on top (the emphasis, the selection's links, the path). */
export function drawEmphasisLinks(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  t: ZoomTransform,
  links: Iterable<SceneLink>,
  color: string | null,
  width: number,
  evenHidden = false,
) {
  for (const l of links) {
    if (!evenHidden && scene.hiddenTypes.has(l.type)) continue;
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

function* nodeSteps(
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
  const outline = scene.nodes.length <= DENSE;
  for (const group of scene.nodeGroups) {
    const shape = (KIND_STYLE[group.kind as keyof typeof KIND_STYLE]?.shape ?? "circle") as Shape;
    ctx.fillStyle = kindColor(group.kind);
    let count = 0;
    let tiny = true;
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
      if (++count === NODE_CHUNK) {
        ctx.fill();
        if (!tiny && outline) ctx.stroke();
        yield;
        ctx.beginPath();
        count = 0;
        tiny = true;
      }
    }
    if (count) {
      ctx.fill();
      if (!tiny && outline) ctx.stroke();
    }
  }
  ctx.globalAlpha = 1;
}

/** Some nodes again (drawn over the selection's links), with their look in the static layer. */
export function drawNodesOnly(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  t: ZoomTransform,
  b: Bounds,
  only: Set<string>,
) {
  for (const _ of nodeSteps(ctx, scene, t, b, only, 1));
}

export function ring(
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

function* staticMarkSteps(ctx: CanvasRenderingContext2D, scene: Scene, t: ZoomTransform, b: Bounds) {
  let count = 0;
  for (const n of scene.nodes) {
    if (!visible(n, b)) continue;
    if (n.illustrative && n.radius * t.k > 2) {
      ring(ctx, n, t, "#b45309", 1.5, 2.5, [3, 2]);
      if (++count % 40 === 0) yield;
    }
    if (scene.pinned.has(n.id)) {
      ctx.fillStyle = "#0f172a";
      ctx.beginPath();
      ctx.arc(n.x + n.radius * 0.8, n.y - n.radius * 0.8, 2.6 / t.k, 0, Math.PI * 2);
      ctx.fill();
    }
  }
}

/** Sets the canvas up for world coordinates under `t` (CSS pixels × dpr, shifted by offsetY). */
export function worldSpace(ctx: CanvasRenderingContext2D, t: ZoomTransform, o: DrawOptions) {
  ctx.setTransform(o.dpr, 0, 0, o.dpr, 0, (o.offsetY ?? 0) * o.dpr);
  ctx.translate(t.x, t.y);
  ctx.scale(t.k, t.k);
}

/**
 * The static layer of one view, step by step: background, chain lanes, links batched by style (dimmed
 * under an emphasis, which is drawn on top), the path, arrows, nodes batched by kind, illustrative rings
 * and pins. Anything outside width×height is culled.
 */
export function* staticSteps(ctx: CanvasRenderingContext2D, scene: Scene, t: ZoomTransform, o: DrawOptions) {
  ctx.setTransform(o.dpr, 0, 0, o.dpr, 0, (o.offsetY ?? 0) * o.dpr);
  if (o.background) {
    ctx.fillStyle = o.background;
    ctx.fillRect(0, 0, o.width, o.height);
  } else ctx.clearRect(0, 0, o.width, o.height);
  worldSpace(ctx, t, o);
  const b = viewBounds(t, o.width, o.height);
  if (scene.decor) drawChainDecor(ctx, scene.decor, t, o);
  const emphasis = scene.emphasis;
  yield* linkSteps(ctx, scene, t, b, emphasis !== null);
  if (emphasis)
    drawEmphasisLinks(
      ctx,
      scene,
      t,
      scene.links.filter((l) => emphasis.links.has(l.id)),
      null,
      1,
    );
  if (scene.pathLinks.size)
    drawEmphasisLinks(
      ctx,
      scene,
      t,
      scene.links.filter((l) => scene.pathLinks.has(l.id)),
      "#f59e0b",
      4,
    );
  if (t.k > 0.6 && scene.links.length < 4000)
    yield* arrowSteps(ctx, emphasis ? scene.links.filter((l) => emphasis.links.has(l.id)) : scene.links, t, b);
  yield;
  yield* nodeSteps(ctx, scene, t, b, null, emphasis ? 0.18 : 1);
  if (emphasis) yield* nodeSteps(ctx, scene, t, b, emphasis.nodes, 1);
  yield* staticMarkSteps(ctx, scene, t, b);
}

export function drawStatic(ctx: CanvasRenderingContext2D, scene: Scene, t: ZoomTransform, o: DrawOptions): void {
  for (const _ of staticSteps(ctx, scene, t, o));
}
