import { describe, expect, it } from "vitest";
import {
  bandOf,
  cullBand,
  LABEL_BANDS,
  LINE_HEIGHT,
  maxLabels,
  placeBand,
  priorityOrder,
} from "../../client/charts/force/label-bands";
import { blitMatrix, covers, decide, DRIFT, IDLE_MS, type CachedLayer } from "../../client/charts/force/layer-cache";
import { coarsePositions } from "../../client/charts/force/layout-coarse";
import { seededRandom } from "../../server/contracts/random";

// The explorer canvas's two caches, tested without a browser: when the cached static bitmap may stand for
// the camera, and the label placement per zoom band.

const layer = (over: Partial<CachedLayer> = {}): CachedLayer => ({
  t: { x: 0, y: 0, k: 1 },
  width: 800,
  height: 600,
  marginX: 200,
  marginY: 150,
  version: 3,
  ...over,
});
const content = { x0: -2000, y0: -2000, x1: 2000, y1: 2000 };
const now = (t: { x: number; y: number; k: number }, over: Partial<Parameters<typeof decide>[1]> = {}) => ({
  t,
  width: 800,
  height: 600,
  version: 3,
  content,
  idleMs: 0,
  ...over,
});

describe("static layer cache decisions", () => {
  it("draws a first bitmap, and a new one when what it shows or the screen size changed", () => {
    expect(decide(null, now({ x: 0, y: 0, k: 1 }))).toBe("render");
    expect(decide(layer(), now({ x: 0, y: 0, k: 1 }, { version: 4 }))).toBe("render");
    expect(decide(layer(), now({ x: 0, y: 0, k: 1 }, { width: 900 }))).toBe("render");
    expect(decide(layer(), now({ x: 0, y: 0, k: 1 }))).toBe("blit");
  });

  it("blits while panning inside the margin, prepares the next bitmap near its edge, redraws beyond it", () => {
    expect(decide(layer(), now({ x: 50, y: -40, k: 1 }))).toBe("blit");
    // 150 px of a 200 px margin used up: less than half a margin left ahead
    expect(decide(layer(), now({ x: 150, y: 0, k: 1 }))).toBe("refresh");
    expect(decide(layer(), now({ x: 260, y: 0, k: 1 }))).toBe("render");
  });

  it("redraws when the zoom drifted past the factor either way", () => {
    const centred = (k: number) => ({ x: 400 - 400 * k, y: 300 - 300 * k, k });
    expect(decide(layer(), now(centred(1.2)))).toBe("blit");
    expect(decide(layer(), now(centred(DRIFT * 1.05)))).toBe("render");
    expect(decide(layer(), now(centred(1 / (DRIFT * 1.05))))).toBe("render");
  });

  it("needs no bitmap where there is nothing to draw", () => {
    const small = { x0: 100, y0: 100, x1: 300, y1: 300 };
    // zoomed out so far the margin is passed, but the whole graph still lies inside the bitmap
    expect(decide(layer(), now({ x: 300, y: 200, k: 0.7 }, { content: small }))).toBe("blit");
    expect(decide(layer(), now({ x: 300, y: 200, k: 0.7 }))).toBe("render");
    expect(decide(layer(), now({ x: 0, y: 0, k: 1 }, { content: null }))).toBe("blit");
  });

  it("redraws crisp once the camera has rested", () => {
    expect(decide(layer(), now({ x: 30, y: 0, k: 1.1 }, { idleMs: IDLE_MS - 1 }))).toBe("blit");
    expect(decide(layer(), now({ x: 30, y: 0, k: 1.1 }, { idleMs: IDLE_MS }))).toBe("refresh");
    // resting where the bitmap was drawn: nothing to do
    expect(decide(layer(), now({ x: 0, y: 0, k: 1 }, { idleMs: 10_000 }))).toBe("blit");
  });

  it("covers: the part of the view with content must lie inside", () => {
    const outer = { x0: 0, y0: 0, x1: 10, y1: 10 };
    expect(covers(outer, { x0: 2, y0: 2, x1: 8, y1: 8 }, content)).toBe(true);
    expect(covers(outer, { x0: 2, y0: 2, x1: 12, y1: 8 }, content)).toBe(false);
    expect(covers(outer, { x0: 2, y0: 2, x1: 12, y1: 8 }, { x0: 0, y0: 0, x1: 9, y1: 9 })).toBe(true);
  });

  it("blits so that a world point lands where the camera puts it", () => {
    const l = layer({ t: { x: 37, y: -12, k: 1.3 } });
    const t = { x: 90, y: 40, k: 1.7 };
    for (const dpr of [1, 2]) {
      const [s, dx, dy] = blitMatrix(l, t, dpr);
      for (const [wx, wy] of [
        [0, 0],
        [120, -80],
      ]) {
        // where the bitmap has the point (CSS px, margin included), and where the screen wants it
        const bx = wx! * l.t.k + l.t.x + l.marginX;
        const by = wy! * l.t.k + l.t.y + l.marginY;
        expect(s * bx + dx).toBeCloseTo((wx! * t.k + t.x) * dpr, 6);
        expect(s * by + dy).toBeCloseTo((wy! * t.k + t.y) * dpr, 6);
      }
    }
  });
});

function scatter(seed: number, n: number) {
  const r = seededRandom(seed);
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    x: r() * 2000 - 1000,
    y: r() * 2000 - 1000,
    radius: 4 + r() * 10,
    weight: Math.floor(r() * 30),
  }));
  const widths = Float32Array.from(nodes, () => 40 + r() * 120);
  return { nodes, widths, order: priorityOrder(nodes) };
}

type Box = [number, number, number, number];
const screenBoxes = (
  s: ReturnType<typeof scatter>,
  ids: Iterable<number>,
  t: { x: number; y: number; k: number },
): Box[] =>
  [...ids].map((i) => {
    const n = s.nodes[i]!;
    const half = s.widths[i]! / 2 + 6;
    const x = n.x * t.k + t.x;
    const top = (n.y + n.radius) * t.k + t.y + 2;
    return [x - half, top, x + half, top + LINE_HEIGHT];
  });
const overlapping = (boxes: Box[]) => {
  for (let a = 0; a < boxes.length; a++)
    for (let b = a + 1; b < boxes.length; b++) {
      const p = boxes[a]!;
      const q = boxes[b]!;
      if (p[0] < q[2] && p[2] > q[0] && p[1] < q[3] && p[3] > q[1]) return [a, b];
    }
  return null;
};

describe("label placement per zoom band", () => {
  it("picks the largest band at or below the zoom", () => {
    expect(bandOf(0.01)).toBe(LABEL_BANDS[0]);
    expect(bandOf(1)).toBe(1);
    expect(bandOf(1.3)).toBe(1);
    expect(bandOf(3)).toBe(2.828);
    expect(bandOf(100)).toBe(8);
  });

  it("orders by weight, then id", () => {
    const order = priorityOrder([
      { id: "b", weight: 1 },
      { id: "a", weight: 1 },
      { id: "c", weight: 5 },
    ]);
    expect([...order]).toEqual([2, 1, 0]);
  });

  it("places no two labels over each other at the band's zoom nor at any zoom above it", () => {
    const s = scatter(3, 1500);
    for (const kb of [1, 2]) {
      const placed = placeBand(s.nodes, s.widths, s.order, kb);
      expect(placed.length).toBeGreaterThan(20);
      expect(placed.length).toBeLessThan(s.nodes.length);
      for (const k of [kb, kb * 1.3, kb * 1.99])
        expect(overlapping(screenBoxes(s, placed, { x: 0, y: 0, k }))).toBeNull();
    }
  });

  it("labels more nodes the further in the band is, and only big nodes zoomed far out", () => {
    const s = scatter(5, 1500);
    const counts = [0.5, 1, 2, 4].map((kb) => placeBand(s.nodes, s.widths, s.order, kb).length);
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThan(counts[i - 1]!);
    // below 0.5 a node needs 9 px on screen: at 0.25 that is a radius of 36, which none has
    expect(placeBand(s.nodes, s.widths, s.order, 0.25)).toHaveLength(0);
    // the chain layout labels every node that fits, whatever its size
    expect(placeBand(s.nodes, s.widths, s.order, 0.25, { everyNode: true }).length).toBeGreaterThan(0);
  });

  it("gives the more important node the spot when two labels compete", () => {
    const nodes = [
      { id: "minor", x: 0, y: 0, radius: 5, weight: 1 },
      { id: "hub", x: 10, y: 0, radius: 5, weight: 9 },
    ];
    const placed = placeBand(nodes, [100, 100], priorityOrder(nodes), 1);
    expect([...placed]).toEqual([1]);
  });

  it("applies the size rule at each frame's zoom: a node big enough anywhere in the band competes", () => {
    // minLabelRadius is 5.5 px from zoom 0.5 to 1: radius 9 is too small at 0.5 (4.5 px), big enough at 0.65.
    const nodes = [{ id: "n", x: 0, y: 0, radius: 9, weight: 1 }];
    const placed = placeBand(nodes, [80], priorityOrder(nodes), 0.5);
    expect([...placed]).toEqual([0]);
    const view = (k: number) => ({ width: 800, height: 600, max: 80, minRadius: k < 1 ? 5.5 : 3 });
    const at = (k: number) => cullBand(nodes, [80], placed, { x: 400, y: 300, k }, view(k), new Set(), []);
    expect(at(0.5)).toHaveLength(0);
    expect(at(0.65)).toHaveLength(1);
  });

  it("keeps ordinary labels off big nodes", () => {
    const nodes = [
      { id: "label", x: 0, y: 0, radius: 4, weight: 1 },
      { id: "big", x: 0, y: 30, radius: 12, weight: 0 },
    ];
    expect([...placeBand(nodes, [80, 0], priorityOrder(nodes), 1)]).toEqual([]);
    expect([...placeBand(nodes, [80, 0], priorityOrder(nodes), 0.5, { everyNode: true })]).toEqual([0]);
  });

  it("culls a band to the view, skips the must-show ones and whatever their labels cover, caps the count", () => {
    const s = scatter(7, 1500);
    const placed = placeBand(s.nodes, s.widths, s.order, 2);
    const t = { x: 400, y: 300, k: 2.5 };
    const view = { width: 800, height: 600, max: 250 };
    const all = cullBand(s.nodes, s.widths, placed, t, view, new Set(), []);
    expect(all.length).toBeGreaterThan(5);
    for (const l of all) {
      expect(l.x).toBeGreaterThanOrEqual(0);
      expect(l.x).toBeLessThanOrEqual(800);
      expect(l.y).toBeLessThanOrEqual(600);
    }
    // nodes off screen are not drawn: every label belongs to a node in (or just at the edge of) the view
    const inView = (i: number) => {
      const n = s.nodes[i]!;
      const x = n.x * t.k + t.x;
      return x >= 0 && x <= 800;
    };
    expect(all.every((l) => inView(l.index))).toBe(true);
    const first = all[0]!;
    const skipped = cullBand(s.nodes, s.widths, placed, t, view, new Set([first.index]), []);
    expect(skipped.map((l) => l.index)).not.toContain(first.index);
    const wall: Box = [0, 0, 800, 600];
    expect(cullBand(s.nodes, s.widths, placed, t, view, new Set(), [wall])).toEqual([]);
    expect(cullBand(s.nodes, s.widths, placed, t, { ...view, max: 3 }, new Set(), [])).toHaveLength(3);
    expect(overlapping(all.map((l) => [l.x - 1, l.y, l.x + 1, l.y + 1] as Box))).toBeNull();
  });

  it("caps labels lower zoomed out", () => {
    expect(maxLabels(0.5, false)).toBeLessThan(maxLabels(2, false));
    expect(maxLabels(0.5, true)).toBe(maxLabels(2, true));
  });
});

describe("coarse first layout of a big graph", () => {
  const graph = (n: number) => {
    const r = seededRandom(11);
    const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, radius: 5 }));
    const links: { source: string; target: string }[] = [];
    // communities of 20 with a few links across; a handful of nodes without any link
    for (let i = 0; i < n - 5; i++) {
      const base = Math.floor(i / 20) * 20;
      links.push({ source: `n${i}`, target: `n${Math.min(n - 6, base + Math.floor(r() * 20))}` });
      if (r() < 0.05) links.push({ source: `n${i}`, target: `n${Math.floor(r() * (n - 5))}` });
    }
    return { nodes, links };
  };

  it("places every node, the same way every time, linked nodes nearer than any two", () => {
    const { nodes, links } = graph(3000);
    const a = coarsePositions(nodes, links, 7);
    const b = coarsePositions(nodes, links, 7);
    expect(a.size).toBe(nodes.length);
    for (const n of nodes) {
      const p = a.get(n.id)!;
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
      expect(b.get(n.id)).toEqual(p);
    }
    const distance = (s: string, t: string) => Math.hypot(a.get(s)!.x - a.get(t)!.x, a.get(s)!.y - a.get(t)!.y);
    const linked = links.reduce((sum, l) => sum + distance(l.source, l.target), 0) / links.length;
    const r = seededRandom(3);
    let any = 0;
    for (let i = 0; i < 2000; i++) any += distance(`n${Math.floor(r() * 3000)}`, `n${Math.floor(r() * 3000)}`);
    expect(linked).toBeLessThan((any / 2000) * 0.6);
  });
});
