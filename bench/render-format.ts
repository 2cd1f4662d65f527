// The render bench's printed figures: pure, so a unit test can hold the per-cell line to its exact form
// (other tools parse it) and check the summary's ratios.

export const RENDERERS = ["chainatlas", "svg", "sigma"] as const;
export type Renderer = (typeof RENDERERS)[number];

export interface Cell {
  renderer: Renderer;
  nodes: number;
  links: number;
  camera: "fit" | "zoom4";
  /** Frames that showed a new camera, per second. */
  fps: number;
  /** 95th percentile of the intervals between animation frames, ms. */
  p95: number;
  /** Labels drawn in the last frame. */
  labels: number;
  /** Cut at the wall-time cap: the figures are what the page reported before it (labels unknown). */
  cut?: boolean;
}

/** Exactly `renderer=… nodes=… links=… camera=… fps=x.y p95=<ms> labels=<count>` (one decimal for fps and p95). */
export function cellLine(c: Cell): string {
  const fps = Number.isFinite(c.fps) ? c.fps.toFixed(1) : "0.0";
  const p95 = Number.isFinite(c.p95) ? c.p95.toFixed(1) : "0.0";
  return `renderer=${c.renderer} nodes=${c.nodes} links=${c.links} camera=${c.camera} fps=${fps} p95=${p95} labels=${Math.round(c.labels)}`;
}

/** Nearest-rank percentile (q in 0..1) of `values`; 0 when there are none. */
export function percentile(values: readonly number[], q: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

type Figure = { fps: number; cut: boolean } | undefined;
const mean = (xs: Cell[]): Figure =>
  xs.length ? { fps: xs.reduce((s, x) => s + x.fps, 0) / xs.length, cut: xs.some((x) => x.cut) } : undefined;
const fpsText = (x: Figure) => (x === undefined ? "–" : `${x.fps.toFixed(1)}${x.cut ? "*" : ""}`);
/** No ratio to a baseline that drew nothing; a star when either side was cut. */
const ratio = (a: Figure, b: Figure) =>
  a === undefined || b === undefined || !(b.fps > 0)
    ? "–"
    : `${(a.fps / b.fps).toFixed(2)}×${a.cut || b.cut ? "*" : ""}`;

/**
 * The side-by-side table: one row per size and camera, each renderer's fps (mean over rounds) and the
 * ratios chainatlas/svg and chainatlas/sigma — the figures to quote (none against a baseline with no frames).
 */
export function summaryTable(cells: readonly Cell[]): string[] {
  const rows = new Map<string, { nodes: number; camera: string; runs: Map<Renderer, Cell[]> }>();
  for (const c of cells) {
    const key = `${c.nodes}/${c.camera}`;
    const row = rows.get(key) ?? rows.set(key, { nodes: c.nodes, camera: c.camera, runs: new Map() }).get(key)!;
    (row.runs.get(c.renderer) ?? row.runs.set(c.renderer, []).get(c.renderer)!).push(c);
  }
  const out = [
    "| nodes | camera | chainatlas fps | svg fps | sigma fps | chainatlas/svg | chainatlas/sigma |",
    "|---|---|---|---|---|---|---|",
  ];
  for (const row of rows.values()) {
    const [a, s, g] = RENDERERS.map((r) => mean(row.runs.get(r) ?? []));
    out.push(
      `| ${row.nodes} | ${row.camera} | ${fpsText(a)} | ${fpsText(s)} | ${fpsText(g)} | ${ratio(a, s)} | ${ratio(a, g)} |`,
    );
  }
  if (cells.some((c) => c.cut)) out.push("* cut at the wall-time cap: frames before the cap only");
  return out;
}
