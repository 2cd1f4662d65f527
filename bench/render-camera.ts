// The render bench's camera: pure maths, shared by every renderer so they all see the same views.
// A camera is a world point at the centre of the viewport and a scale k (CSS pixels per world unit);
// each renderer converts it to its own form (a d3 zoom transform, an SVG transform, sigma's camera state).

export interface Camera {
  cx: number;
  cy: number;
  k: number;
}

export type CameraKind = "fit" | "zoom4";
export const CAMERA_KINDS: readonly CameraKind[] = ["fit", "zoom4"];

/** Pan amplitude as a share of the visible width/height, and zoom amplitude (0.9–1.1×). */
export const PAN = 0.1;
export const ZOOM = 0.1;

/** The camera that frames all `points` (x, y pairs) in width×height with `padding` pixels on each side. */
export function fitCamera(points: ArrayLike<number>, width: number, height: number, padding = 48): Camera {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i + 1 < points.length; i += 2) {
    const x = points[i]!;
    const y = points[i + 1]!;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  if (!(x1 >= x0 && y1 >= y0)) return { cx: 0, cy: 0, k: 1 };
  const k = Math.min((width - padding * 2) / Math.max(1, x1 - x0), (height - padding * 2) / Math.max(1, y1 - y0));
  return { cx: (x0 + x1) / 2, cy: (y0 + y1) / 2, k };
}

/**
 * The mean point of the densest square cell of side `cell` (world units), ties to the first cell in
 * row-major order: where a zoomed-in view has the most to draw (and to label).
 */
export function densestPoint(points: ArrayLike<number>, cell: number): { x: number; y: number } {
  const cells = new Map<string, { count: number; sx: number; sy: number; order: number }>();
  for (let i = 0; i + 1 < points.length; i += 2) {
    const x = points[i]!;
    const y = points[i + 1]!;
    const key = `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
    const c = cells.get(key) ?? cells.set(key, { count: 0, sx: 0, sy: 0, order: i }).get(key)!;
    c.count++;
    c.sx += x;
    c.sy += y;
  }
  let best: { count: number; sx: number; sy: number; order: number } | null = null;
  for (const c of cells.values())
    if (!best || c.count > best.count || (c.count === best.count && c.order < best.order)) best = c;
  return best ? { x: best.sx / best.count, y: best.sy / best.count } : { x: 0, y: 0 };
}

/** Where a cell's camera path is centred: the fit view, or 4× the fit scale on the densest region. */
export function baseCamera(kind: CameraKind, points: ArrayLike<number>, width: number, height: number): Camera {
  const fit = fitCamera(points, width, height);
  if (kind === "fit") return fit;
  const k = fit.k * 4;
  // cells of half the zoomed view's height: a region that fills the middle of the screen
  const centre = densestPoint(points, height / k / 2);
  return { cx: centre.x, cy: centre.y, k };
}

/**
 * The camera `t` ms into a loop of `period` ms around `base`: a figure-eight pan of ±PAN of the view and a
 * zoom of 1 ± ZOOM, all whole periods of the loop, so it starts and ends at `base` and is the same for
 * every renderer (time-parameterised, not frame-parameterised: a slow renderer skips views, never lags).
 */
export function cameraAt(base: Camera, t: number, period: number, width: number, height: number): Camera {
  const phase = (2 * Math.PI * t) / period;
  const k = base.k * (1 + ZOOM * Math.sin(phase));
  return {
    cx: base.cx + ((PAN * width) / base.k) * Math.sin(phase),
    cy: base.cy + ((PAN * height) / base.k) * Math.sin(2 * phase),
    k,
  };
}

/** A camera as a d3-style transform (screen = world × k + (x, y)). */
export function toTransform(c: Camera, width: number, height: number): { x: number; y: number; k: number } {
  return { x: width / 2 - c.cx * c.k, y: height / 2 - c.cy * c.k, k: c.k };
}
