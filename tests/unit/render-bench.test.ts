import { describe, expect, it } from "vitest";
import { baseCamera, cameraAt, densestPoint, fitCamera, toTransform } from "../../bench/render-camera";
import { cellLine, percentile, summaryTable, type Cell } from "../../bench/render-format";
import { benchGraph } from "../../bench/render-graph";

// The pure parts of `npm run bench:render`: the camera path every renderer follows, and the line other
// tools parse. (The bench itself prints figures and asserts nothing.)

const W = 1400;
const H = 900;
const points = (() => {
  const out: number[] = [];
  for (let i = 0; i < 400; i++) out.push(Math.cos(i) * (50 + i), Math.sin(i * 1.3) * (30 + i / 2));
  for (let i = 0; i < 100; i++) out.push(300 + (i % 10), -200 + Math.floor(i / 10)); // a dense clump
  return out;
})();

describe("render bench camera path", () => {
  it("returns to its start after one period, for both cameras, and moves in between", () => {
    for (const kind of ["fit", "zoom4"] as const) {
      const base = baseCamera(kind, points, W, H);
      const start = cameraAt(base, 0, 5000, W, H);
      const end = cameraAt(base, 5000, 5000, W, H);
      expect(start.cx).toBeCloseTo(base.cx, 9);
      expect(start.cy).toBeCloseTo(base.cy, 9);
      expect(start.k).toBeCloseTo(base.k, 12);
      expect(end.cx).toBeCloseTo(start.cx, 9);
      expect(end.cy).toBeCloseTo(start.cy, 9);
      expect(end.k).toBeCloseTo(start.k, 12);
      const mid = cameraAt(base, 1250, 5000, W, H);
      expect(Math.abs(mid.cx - base.cx) * base.k).toBeCloseTo(0.1 * W, 6); // ±10 % pan at the quarter
      expect(mid.k / base.k).toBeCloseTo(1.1, 9); // 1.1× zoom at the quarter
    }
  });

  it("stays within ±10 % pan and 0.9–1.1× zoom of its base", () => {
    const base = baseCamera("fit", points, W, H);
    for (let t = 0; t <= 5000; t += 37) {
      const c = cameraAt(base, t, 5000, W, H);
      expect(Math.abs(c.cx - base.cx) * base.k).toBeLessThanOrEqual(0.1 * W + 1e-6);
      expect(Math.abs(c.cy - base.cy) * base.k).toBeLessThanOrEqual(0.1 * H + 1e-6);
      expect(c.k / base.k).toBeGreaterThanOrEqual(0.9 - 1e-9);
      expect(c.k / base.k).toBeLessThanOrEqual(1.1 + 1e-9);
    }
  });

  it("fits every point on screen, and zoom4 is four times the fit scale on the densest region", () => {
    const fit = fitCamera(points, W, H);
    const t = toTransform(fit, W, H);
    for (let i = 0; i < points.length; i += 2) {
      const sx = points[i]! * t.k + t.x;
      const sy = points[i + 1]! * t.k + t.y;
      expect(sx).toBeGreaterThanOrEqual(47.9);
      expect(sx).toBeLessThanOrEqual(W - 47.9);
      expect(sy).toBeGreaterThanOrEqual(47.9);
      expect(sy).toBeLessThanOrEqual(H - 47.9);
    }
    const zoom = baseCamera("zoom4", points, W, H);
    expect(zoom.k).toBeCloseTo(fit.k * 4, 12);
    const dense = densestPoint(points, 20);
    expect(dense.x).toBeCloseTo(304.5, 6);
    expect(dense.y).toBeCloseTo(-195.5, 6);
  });
});

describe("render bench output", () => {
  const cell: Cell = {
    renderer: "sigma",
    nodes: 5000,
    links: 15000,
    camera: "zoom4",
    fps: 1.64,
    p95: 612.25,
    labels: 37,
  };

  it("prints one cell in exactly the form other tools parse", () => {
    expect(cellLine(cell)).toBe("renderer=sigma nodes=5000 links=15000 camera=zoom4 fps=1.6 p95=612.3 labels=37");
    expect(cellLine({ ...cell, renderer: "chainatlas", camera: "fit", fps: NaN, p95: Infinity, labels: 0 })).toMatch(
      /^renderer=(chainatlas|svg|sigma) nodes=\d+ links=\d+ camera=(fit|zoom4) fps=\d+\.\d p95=\d+\.\d labels=\d+$/,
    );
  });

  it("takes the nearest-rank percentile", () => {
    const xs = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(xs, 0.95)).toBe(95);
    expect(percentile([7], 0.95)).toBe(7);
    expect(percentile([], 0.95)).toBe(0);
  });

  it("quotes chainatlas/svg and chainatlas/sigma per size and camera, averaging rounds", () => {
    const cells: Cell[] = [
      { ...cell, renderer: "chainatlas", fps: 20 },
      { ...cell, renderer: "chainatlas", fps: 30 },
      { ...cell, renderer: "svg", fps: 5 },
      { ...cell, renderer: "sigma", fps: 0 },
    ];
    const [, , row] = summaryTable(cells);
    expect(row).toBe("| 5000 | zoom4 | 25.0 | 5.0 | 0.0 | 5.00× | – |");
  });

  it("marks figures of cells cut at the wall-time cap", () => {
    const cells: Cell[] = [
      { ...cell, renderer: "chainatlas", fps: 2 },
      { ...cell, renderer: "svg", fps: 0.5, cut: true },
    ];
    const table = summaryTable(cells);
    expect(table[2]).toBe("| 5000 | zoom4 | 2.0 | 0.5* | – | 4.00×* | – |");
    expect(table.at(-1)).toMatch(/^\* cut at the wall-time cap/);
    expect(summaryTable([{ ...cell, renderer: "svg" }]).some((l) => l.startsWith("*"))).toBe(false);
  });
});

describe("render bench graph", () => {
  it("is deterministic with about three links per node", () => {
    const a = benchGraph(1000);
    expect(benchGraph(1000)).toEqual(a);
    expect(a.nodes).toHaveLength(1000);
    expect(a.links.length).toBe(3000);
  });
});
