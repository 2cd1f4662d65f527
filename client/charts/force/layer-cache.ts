// When the cached static bitmap can stand for the current view (pure). The static layer (links, nodes,
// marks that only change with positions or emphasis) is drawn once into a bitmap a margin larger than the
// screen; while the camera pans and zooms, a frame just draws that bitmap scaled and shifted. It is drawn
// again when it no longer covers what is on screen, when the zoom drifted too far from the one it was drawn
// at (it would look blurred or too thin), when what it shows changed, and — for crispness — once the
// camera has rested.

import type { Bounds } from "./viewport";

export interface View {
  x: number;
  y: number;
  k: number;
}

export interface CachedLayer {
  /** The camera the bitmap was drawn for. */
  t: View;
  /** Screen size (CSS px) at that time, and the margin drawn around it on each side. */
  width: number;
  height: number;
  marginX: number;
  marginY: number;
  /** What the bitmap shows (positions, scene, emphasis…): a counter bumped on every change. */
  version: number;
}

/** Redraw once the zoom is this factor away from the bitmap's, either way. */
export const DRIFT = 1.5;
/** The camera is at rest after this long without a change: redraw crisp. */
export const IDLE_MS = 120;
/** Margin drawn around the screen, as a fraction of its size on each side. */
export const MARGIN = 0.25;

export type Decision =
  /** Draw the bitmap as it is (shifted, scaled). */
  | "blit"
  /** The bitmap is still fine to show, but draw a new one (at rest, or about to run out of margin). */
  | "refresh"
  /** The bitmap cannot show this view correctly: draw a new one. */
  | "render";

export interface Now {
  t: View;
  width: number;
  height: number;
  version: number;
  /** Bounds of everything the static layer draws (world); null when empty. */
  content: Bounds | null;
  /** Time since the camera last moved. */
  idleMs: number;
}

export const sameView = (a: View, b: View) => Math.abs(a.x - b.x) < 0.01 && Math.abs(a.y - b.y) < 0.01 && a.k === b.k;

/** The world rectangle the camera shows, grown by `pad` screen pixels each side. */
export function worldRect(t: View, width: number, height: number, padX = 0, padY = padX): Bounds {
  return {
    x0: (-padX - t.x) / t.k,
    y0: (-padY - t.y) / t.k,
    x1: (width + padX - t.x) / t.k,
    y1: (height + padY - t.y) / t.k,
  };
}

/** Does `outer` hold the part of `view` where there is content? (Empty screen needs no bitmap.) */
export function covers(outer: Bounds, view: Bounds, content: Bounds | null): boolean {
  if (!content) return true;
  const x0 = Math.max(view.x0, content.x0);
  const y0 = Math.max(view.y0, content.y0);
  const x1 = Math.min(view.x1, content.x1);
  const y1 = Math.min(view.y1, content.y1);
  if (x0 > x1 || y0 > y1) return true;
  const eps = 1e-6 * Math.max(1, Math.abs(outer.x1 - outer.x0));
  return x0 >= outer.x0 - eps && y0 >= outer.y0 - eps && x1 <= outer.x1 + eps && y1 <= outer.y1 + eps;
}

/** What a frame should do with the cached layer. */
export function decide(layer: CachedLayer | null, now: Now): Decision {
  if (!layer || layer.version !== now.version || layer.width !== now.width || layer.height !== now.height)
    return "render";
  const ratio = now.t.k / layer.t.k;
  if (ratio > DRIFT || ratio < 1 / DRIFT) return "render";
  const drawn = worldRect(layer.t, layer.width, layer.height, layer.marginX, layer.marginY);
  if (!covers(drawn, worldRect(now.t, now.width, now.height), now.content)) return "render";
  if (sameView(layer.t, now.t)) return "blit";
  if (now.idleMs >= IDLE_MS) return "refresh";
  // Moving towards the edge of the margin: draw the next bitmap before the screen runs past it.
  const ahead = worldRect(now.t, now.width, now.height, layer.marginX / 2, layer.marginY / 2);
  return covers(drawn, ahead, now.content) ? "blit" : "refresh";
}

/**
 * The canvas matrix that draws the bitmap (CSS px, margins included, origin at its top left) so that it
 * lines up with camera `t`: [scale, translateX, translateY] in device pixels.
 */
export function blitMatrix(layer: CachedLayer, t: View, dpr: number): [number, number, number] {
  const r = t.k / layer.t.k;
  return [dpr * r, dpr * (t.x - r * (layer.t.x + layer.marginX)), dpr * (t.y - r * (layer.t.y + layer.marginY))];
}
