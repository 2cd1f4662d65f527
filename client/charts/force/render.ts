import type { ZoomTransform } from "d3";
import { drawChainDecor } from "../chain/decor";
import { drawBandLabels, drawLabels, type LabelCache } from "./render-labels";
import { drawEmphasisLinks, drawNodesOnly, drawStatic, ring, worldSpace } from "./render-static";
import { viewBounds, type DrawOptions } from "./viewport";
import type { LayoutLink, LayoutNode } from "./layout";
import { buildScene, linksOf, type Scene } from "./scene";

export { LABEL_FONT } from "./render-labels";
export type { DrawOptions } from "./viewport";

/**
 * What is drawn over the static layer at every frame: the selection's links (and its nodes again on top of
 * them), focus/hover/selection rings, labels in screen space, chain lane headers. Changing the selection or
 * the hover therefore never invalidates the cached static bitmap.
 */
export function drawOverlay(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  t: ZoomTransform,
  o: DrawOptions,
  labels?: LabelCache,
): number {
  worldSpace(ctx, t, o);
  const b = viewBounds(t, o.width, o.height);
  const selected = scene.selected;
  if (selected) {
    const links = linksOf(scene, selected);
    if (links.length) {
      drawEmphasisLinks(ctx, scene, t, links, null, 1, true);
      // the ends again over their links, unless the static layer dims them (an emphasis elsewhere)
      const ends = new Set<string>();
      for (const l of links) for (const n of [l.source, l.target]) ends.add(n.id);
      const dimmed = scene.emphasis?.nodes;
      if (dimmed) for (const id of ends) if (!dimmed.has(id)) ends.delete(id);
      drawNodesOnly(ctx, scene, t, b, ends);
      ctx.fillStyle = "#0f172a";
      for (const id of ends) {
        const n = scene.byId.get(id)!;
        if (!scene.pinned.has(id)) continue;
        ctx.beginPath();
        ctx.arc(n.x + n.radius * 0.8, n.y - n.radius * 0.8, 2.6 / t.k, 0, Math.PI * 2);
        ctx.fill();
      }
    }
  }
  const get = (id: string | null) => (id ? scene.byId.get(id) : undefined);
  const focus = get(scene.focus);
  if (focus) ring(ctx, focus, t, "#0f172a", 1.5, 5);
  const hovered = get(scene.hovered);
  if (hovered) ring(ctx, hovered, t, "#334155", 2, 2.5);
  const chosen = get(selected);
  if (chosen) ring(ctx, chosen, t, "#f59e0b", 3, 3);
  const count = labels ? drawBandLabels(ctx, scene, t, o, labels) : drawLabels(ctx, scene, t, o, b);
  if (scene.decor) drawChainDecor(ctx, scene.decor, t, o, "headers");
  return count;
}

/**
 * One whole frame at once (exports, the small embedded graphs): the static layer (see render-static.ts),
 * then the overlay with labels placed for exactly this view.
 */
export function drawScene(ctx: CanvasRenderingContext2D, scene: Scene, t: ZoomTransform, o: DrawOptions): void {
  drawStatic(ctx, scene, t, o);
  drawOverlay(ctx, scene, t, o);
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
