// Pure viewport maths: bounds of a set of points, the zoom transform that fits them into a box, culling.

export interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function boundsOf(points: Iterable<{ x: number; y: number; radius?: number }>): Bounds | null {
  let b: Bounds | null = null;
  for (const p of points) {
    const r = p.radius ?? 0;
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    if (!b) b = { x0: p.x - r, y0: p.y - r, x1: p.x + r, y1: p.y + r };
    else {
      b.x0 = Math.min(b.x0, p.x - r);
      b.y0 = Math.min(b.y0, p.y - r);
      b.x1 = Math.max(b.x1, p.x + r);
      b.y1 = Math.max(b.y1, p.y + r);
    }
  }
  return b;
}

/** Scale and translation that show `b` centred in width×height with `padding` pixels, scale clamped. */
export function fitTransform(
  b: Bounds | null,
  width: number,
  height: number,
  options: { padding?: number; minScale?: number; maxScale?: number; alignTop?: boolean } = {},
) {
  const padding = options.padding ?? 40;
  if (!b || width <= 0 || height <= 0) return { x: width / 2, y: height / 2, k: 1 };
  const w = Math.max(1, b.x1 - b.x0);
  const h = Math.max(1, b.y1 - b.y0);
  const raw = Math.min((width - padding * 2) / w, (height - padding * 2) / h);
  const k = Math.min(options.maxScale ?? 2, Math.max(options.minScale ?? 0.05, raw));
  const y = options.alignTop ? padding - b.y0 * k : height / 2 - ((b.y0 + b.y1) / 2) * k;
  return { x: width / 2 - ((b.x0 + b.x1) / 2) * k, y, k };
}

export interface DrawOptions {
  width: number;
  height: number;
  dpr: number;
  /** Fill a background (exports); the screen keeps the page colour. */
  background?: string;
  /** Draw this many CSS pixels lower (exports put a title above the drawing). */
  offsetY?: number;
}

/** World-space rectangle currently on screen (with a margin), for culling. */
export function viewBounds(t: { x: number; y: number; k: number }, width: number, height: number, margin = 40): Bounds {
  return {
    x0: (-margin - t.x) / t.k,
    y0: (-margin - t.y) / t.k,
    x1: (width + margin - t.x) / t.k,
    y1: (height + margin - t.y) / t.k,
  };
}

export function visible(n: { x: number; y: number; radius: number }, b: Bounds) {
  return n.x + n.radius >= b.x0 && n.x - n.radius <= b.x1 && n.y + n.radius >= b.y0 && n.y - n.radius <= b.y1;
}
