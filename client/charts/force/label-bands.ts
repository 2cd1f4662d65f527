// Label placement per zoom band (pure). Placing labels is the dear part of a frame once zoomed in (tens of
// thousands of candidates, collisions), so it is done once per band of zoom levels and reused: a greedy
// pass by priority (degree) places each label under its node where its box overlaps no label already
// placed and no big node, at the band's scale kb. At any zoom k ≥ kb the boxes (constant size in pixels)
// only move further apart, so the band's choice stays free of overlaps; a frame only culls it to the view.
// The labels that must always show (selection, neighbours, path, focus, hubs) are placed per frame on top.

/**
 * Zoom bands, √2 apart (a frame at zoom k uses the placement of the largest band ≤ k): just below the next
 * band, labels are at most √2 sparser than a placement for exactly k would allow.
 */
export const LABEL_BANDS = [0.125, 0.177, 0.25, 0.354, 0.5, 0.707, 1, 1.414, 2, 2.828, 4, 5.657, 8] as const;
export const LINE_HEIGHT = 16;

export function bandOf(k: number): number {
  let band: number = LABEL_BANDS[0];
  for (const b of LABEL_BANDS) if (k >= b) band = b;
  return band;
}

/** Nodes drawn smaller than this (screen px) at zoom k get no label unless they must have one. */
export function minLabelRadius(k: number, everyNode: boolean): number {
  return everyNode ? 0 : k < 0.5 ? 9 : k < 1 ? 5.5 : 3;
}

/** How many labels a frame shows at most. */
export function maxLabels(k: number, everyNode: boolean): number {
  return k < 1 && !everyNode ? 80 : 250;
}

export interface BandNode {
  x: number;
  y: number;
  radius: number;
}

export interface BandOptions {
  /** The chain layout: every node may have a label when it fits. */
  everyNode?: boolean;
  padding?: number;
  /** Screen size: when a screenful would hold more than 600 big nodes, they stop being obstacles. */
  view?: { width: number; height: number };
}

type Box = [number, number, number, number];
const CELL = 64;
const OFFSET = 1 << 15;
const cellKey = (cx: number, cy: number) => (cy + OFFSET) * 2 * OFFSET + (cx + OFFSET);

class BoxGrid {
  private cells = new Map<number, Box[]>();
  private range(box: Box, visit: (key: number) => boolean | void): boolean {
    for (let cy = Math.floor(box[1] / CELL); cy <= Math.floor(box[3] / CELL); cy++)
      for (let cx = Math.floor(box[0] / CELL); cx <= Math.floor(box[2] / CELL); cx++)
        if (visit(cellKey(cx, cy))) return true;
    return false;
  }
  add(box: Box) {
    this.range(box, (key) => {
      const list = this.cells.get(key);
      if (list) list.push(box);
      else this.cells.set(key, [box]);
    });
  }
  hits(box: Box): boolean {
    return this.range(box, (key) =>
      (this.cells.get(key) ?? []).some((o) => o[0] < box[2] && o[2] > box[0] && o[1] < box[3] && o[3] > box[1]),
    );
  }
}

/**
 * Which nodes are labelled at zooms from `kb` on: indices into `nodes`, in the order of `order` (most
 * important first). Deterministic for the same input.
 */
export function placeBand(
  nodes: readonly BandNode[],
  /** Label width in pixels per node (0: no label). */
  widths: ArrayLike<number>,
  order: ArrayLike<number>,
  kb: number,
  options: BandOptions = {},
): Int32Array {
  const everyNode = options.everyNode ?? false;
  // Size rule at the band's upper edge (the next band): a node big enough for a label anywhere in the band
  // competes; each frame then applies the rule at its own zoom (cullBand's minRadius), as a frame placed one
  // by one would.
  const upper = kb * Math.SQRT2;
  const minRadius = minLabelRadius(upper, everyNode);
  const padding = options.padding ?? 6;
  const obstacles = new BoxGrid();
  let big = 0;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const n of nodes) {
    x0 = Math.min(x0, n.x);
    y0 = Math.min(y0, n.y);
    x1 = Math.max(x1, n.x);
    y1 = Math.max(y1, n.y);
    if (n.radius * kb >= 8) big++;
  }
  // The same rule as a frame placed one by one: a view dense with big nodes ignores them as obstacles.
  const area = Math.max(1, (x1 - x0) * kb) * Math.max(1, (y1 - y0) * kb);
  const screens = options.view ? Math.max(1, area / (options.view.width * options.view.height)) : 1;
  if (big / screens <= 600)
    for (const n of nodes) {
      const r = n.radius * kb;
      if (r >= 8) obstacles.add([n.x * kb - r, n.y * kb - r, n.x * kb + r, n.y * kb + r]);
    }
  const labels = new BoxGrid();
  const placed: number[] = [];
  for (let o = 0; o < order.length; o++) {
    const i = order[o]!;
    const n = nodes[i]!;
    const width = widths[i]!;
    if (!width || n.radius * upper < minRadius) continue;
    const half = width / 2 + padding;
    const top = (n.y + n.radius) * kb + 2;
    const box: Box = [n.x * kb - half, top, n.x * kb + half, top + LINE_HEIGHT];
    if (labels.hits(box) || obstacles.hits(box)) continue;
    labels.add(box);
    placed.push(i);
  }
  return Int32Array.from(placed);
}

/** Most important first: by weight (degree), then id, as the per-frame placement orders them. */
export function priorityOrder(nodes: readonly { id: string; weight: number }[]): Int32Array {
  const order = Int32Array.from(nodes.keys());
  order.sort((a, b) => {
    const na = nodes[a]!;
    const nb = nodes[b]!;
    return nb.weight - na.weight || (na.id < nb.id ? -1 : na.id > nb.id ? 1 : 0);
  });
  return order;
}

export interface FrameLabel {
  index: number;
  /** Text anchor on screen: horizontal centre, top edge. */
  x: number;
  y: number;
}

/**
 * A band's labels for one view: those on screen, in priority order, up to `max`, leaving out the ones
 * already placed (`skip`) and any whose box would cover a box already taken (`taken`, the must-show labels).
 */
export function cullBand(
  nodes: readonly BandNode[],
  widths: ArrayLike<number>,
  placed: Int32Array,
  t: { x: number; y: number; k: number },
  /** `minRadius`: nodes drawn smaller than this (screen px) at this frame's zoom get no label. */
  view: { width: number; height: number; max: number; padding?: number; minRadius?: number },
  skip: ReadonlySet<number>,
  taken: readonly (readonly [number, number, number, number])[],
): FrameLabel[] {
  const out: FrameLabel[] = [];
  const boxes: (readonly [number, number, number, number])[] = [];
  const blocked = [...taken];
  const overlaps = (list: typeof taken, box: readonly [number, number, number, number]) =>
    list.some((o) => o[0] < box[2] && o[2] > box[0] && o[1] < box[3] && o[3] > box[1]);
  const padding = view.padding ?? 6;
  for (let p = 0; p < placed.length && out.length < view.max; p++) {
    const i = placed[p]!;
    if (skip.has(i)) continue;
    const n = nodes[i]!;
    if (n.radius * t.k < (view.minRadius ?? 0)) continue;
    const x = n.x * t.k + t.x;
    const top = (n.y + n.radius) * t.k + t.y + 2;
    if (x < 0 || x > view.width || top > view.height || top + LINE_HEIGHT < 0) continue;
    const half = widths[i]! / 2 + padding;
    // A node near the edge keeps its label on screen: the label slides inwards.
    const cx = Math.min(Math.max(x, half), view.width - half);
    const box = [cx - half, top, cx + half, top + LINE_HEIGHT] as const;
    // Slid labels left the band's guarantee: they are checked against all the frame's labels.
    const slid = cx !== x;
    if (overlaps(blocked, box) || (slid && overlaps(boxes, box))) continue;
    if (slid) blocked.push(box);
    boxes.push(box);
    out.push({ index: i, x: cx, y: top });
  }
  return out;
}
