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
}

const CELL = 64;

export function placeLabels(candidates: readonly LabelCandidate[], options: LabelOptions): PlacedLabel[] {
  const lineHeight = options.lineHeight ?? 16;
  const max = options.max ?? 250;
  const minRadius = options.minRadius ?? 3.5;
  const important = options.important ?? 1e6;
  const padding = options.padding ?? 2;
  const grid = new Map<number, [number, number, number, number][]>();
  const cols = Math.ceil(options.width / CELL) + 1;
  const cells = (x0: number, y0: number, x1: number, y1: number, visit: (key: number) => boolean | void) => {
    for (let cy = Math.max(0, Math.floor(y0 / CELL)); cy <= Math.floor(y1 / CELL); cy++) {
      for (let cx = Math.max(0, Math.floor(x0 / CELL)); cx <= Math.floor(x1 / CELL); cx++) if (visit(cy * cols + cx) === true) return true;
    }
    return false;
  };
  const add = (box: readonly [number, number, number, number]) =>
    cells(box[0], box[1], box[2], box[3], (key) => void (grid.get(key) ?? grid.set(key, []).get(key)!).push(box as [number, number, number, number]));
  for (const box of options.obstacles ?? []) add(box);
  const sorted = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const placed: PlacedLabel[] = [];
  for (const c of sorted) {
    if (placed.length >= max) break;
    if (c.r < minRadius && c.priority < important) continue;
    const top = c.y + c.r + 2;
    const box: [number, number, number, number] = [c.x - c.width / 2 - padding, top, c.x + c.width / 2 + padding, top + lineHeight];
    if (box[2] < 0 || box[0] > options.width || box[3] < 0 || box[1] > options.height) continue;
    const collides = cells(box[0], box[1], box[2], box[3], (key) =>
      (grid.get(key) ?? []).some((o) => o[0] < box[2] && o[2] > box[0] && o[1] < box[3] && o[3] > box[1]));
    if (collides) continue;
    add(box);
    placed.push({ id: c.id, x: c.x, y: top });
  }
  return placed;
}
