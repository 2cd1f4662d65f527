// Level of detail for labels (pure): candidates in screen space, most important first, each placed under
// its node only if its box overlaps no label already placed. Zoomed out only the hubs get names; zoomed
// in everyone does — never a pile of overlapping Chinese names.

export interface LabelCandidate {
  id: string;
  /** Node centre and radius in screen pixels. */
  x: number;
  y: number;
  r: number;
  /** Text width in pixels at the label font. */
  width: number;
  /** Higher first: selection/path/focus get a large bonus, then degree. */
  priority: number;
}

export interface PlacedLabel {
  id: string;
  /** Text anchor: horizontal centre, top edge. */
  x: number;
  y: number;
}

export interface LabelOptions {
  width: number;
  height: number;
  lineHeight?: number;
  max?: number;
  /** Nodes drawn smaller than this (screen px) get no label unless important. */
  minRadius?: number;
  /** Priority at or above which a label ignores minRadius. */
  important?: number;
  /** Extra horizontal room kept free around each label. */
  padding?: number;
  /** Screen boxes labels must not cover (big nodes): [x0, y0, x1, y1]. */
  obstacles?: readonly (readonly [number, number, number, number])[];
  /**
   * "around": when the spot under the node is taken, try above, right, left and further rows before giving
   * up (small views, where every node gets its name). Default "below" only.
   */
  placement?: "below" | "around";
  /** Label every candidate: when no free spot is found the label goes under its node anyway. */
  all?: boolean;
}

const CELL = 64;

export function placeLabels(candidates: readonly LabelCandidate[], options: LabelOptions): PlacedLabel[] {
  const lineHeight = options.lineHeight ?? 16;
  const max = options.max ?? 250;
  const minRadius = options.minRadius ?? 3.5;
  const important = options.important ?? 1e6;
  const padding = options.padding ?? 2;
  type Box = readonly [number, number, number, number];
  const cols = Math.ceil(options.width / CELL) + 1;
  const keys = (box: Box) => {
    const out: number[] = [];
    for (let cy = Math.max(0, Math.floor(box[1] / CELL)); cy <= Math.floor(box[3] / CELL); cy++) {
      for (let cx = Math.max(0, Math.floor(box[0] / CELL)); cx <= Math.floor(box[2] / CELL); cx++)
        out.push(cy * cols + cx);
    }
    return out;
  };
  const add = (grid: Map<number, Box[]>, box: Box) => {
    for (const key of keys(box)) (grid.get(key) ?? grid.set(key, []).get(key)!).push(box);
  };
  const hits = (grid: Map<number, Box[]>, box: Box) =>
    keys(box).some((key) =>
      (grid.get(key) ?? []).some((o) => o[0] < box[2] && o[2] > box[0] && o[1] < box[3] && o[3] > box[1]),
    );
  const overlapCount = (grid: Map<number, Box[]>, box: Box) => {
    const seen = new Set<Box>();
    for (const key of keys(box))
      for (const o of grid.get(key) ?? [])
        if (o[0] < box[2] && o[2] > box[0] && o[1] < box[3] && o[3] > box[1]) seen.add(o);
    return seen.size;
  };
  // Labels never overlap labels; node obstacles give way to important labels (selection, path, focus).
  const labels = new Map<number, Box[]>();
  const obstacles = new Map<number, Box[]>();
  for (const box of options.obstacles ?? []) add(obstacles, box);
  const sorted = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const placed: PlacedLabel[] = [];
  for (const c of sorted) {
    if (placed.length >= max) break;
    const isImportant = c.priority >= important;
    if (c.r < minRadius && !isImportant) continue;
    const top = c.y + c.r + 2;
    if (c.x < 0 || c.x > options.width || top > options.height || top + lineHeight < 0) continue;
    // A node near the edge keeps its label on screen: the label slides inwards.
    const half = c.width / 2 + padding;
    const clampX = (x: number) => Math.min(Math.max(x, half), options.width - half);
    const spots: [number, number][] = [[c.x, top]];
    if (options.placement === "around") {
      const above = c.y - c.r - 2 - lineHeight;
      const middle = c.y - lineHeight / 2;
      const right = c.x + c.r + 4 + half;
      const left = c.x - c.r - 4 - half;
      spots.push(
        [c.x, above],
        [right, middle],
        [left, middle],
        [c.x, top + lineHeight],
        [c.x, above - lineHeight],
        [right, middle + lineHeight],
        [left, middle - lineHeight],
        [right, middle - lineHeight],
        [left, middle + lineHeight],
        // a second ring, still within three lines of the node, before a label may touch another
        [c.x, top + 2 * lineHeight],
        [c.x, above - 2 * lineHeight],
        [right, middle + 2 * lineHeight],
        [left, middle - 2 * lineHeight],
        [right, middle - 2 * lineHeight],
        [left, middle + 2 * lineHeight],
      );
    }
    let chosen: [number, number] | null = null;
    for (const [sx, sy] of spots) {
      const x = clampX(sx);
      const box: Box = [x - half, sy, x + half, sy + lineHeight];
      if (sy < 0 || sy + lineHeight > options.height + lineHeight) continue;
      if (hits(labels, box) || (!isImportant && hits(obstacles, box))) continue;
      chosen = [x, sy];
      break;
    }
    // Every node labelled and no free spot: the spot that covers the fewest labels.
    if (!chosen && options.all) {
      let fewest = Infinity;
      for (const [sx, sy] of spots) {
        if (sy < 0 || sy + lineHeight > options.height + lineHeight) continue;
        const x = clampX(sx);
        const covered = overlapCount(labels, [x - half, sy, x + half, sy + lineHeight]);
        if (covered < fewest) [fewest, chosen] = [covered, [x, sy]];
      }
      chosen ??= [clampX(c.x), top];
    }
    if (!chosen) continue;
    add(labels, [chosen[0] - half, chosen[1], chosen[0] + half, chosen[1] + lineHeight]);
    placed.push({ id: c.id, x: chosen[0], y: chosen[1] });
  }
  return placed;
}
