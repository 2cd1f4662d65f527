import type { ZoomTransform } from "d3";
import { IDLE_MS, type View } from "./layer-cache";
import { drawOverlay } from "./render";
import { createLabelCache } from "./render-labels";
import type { Scene } from "./scene";
import { createStaticLayer } from "./static-layer";
import { boundsOf, type Bounds } from "./viewport";

const ids = new WeakMap<object, number>();
let nextId = 1;
const idOf = (o: object | null) => (o ? (ids.get(o) ?? ids.set(o, nextId++).get(o)!) : 0);

/** Everything of a scene besides positions that the static layer shows (pins, path, emphasis, hidden…). */
function staticSignature(scene: Scene): string {
  const e = scene.emphasis;
  return [
    [...scene.pinned].join(","),
    [...scene.pathLinks].join(","),
    e ? `${[...e.nodes].join(",")}/${[...e.links].join(",")}` : "-",
    [...scene.hiddenTypes].join(","),
    `${idOf(scene.hiddenLinks)}:${scene.hiddenLinks.size}`,
    idOf(scene.decor),
  ].join("|");
}

function contentBounds(scene: Scene): Bounds | null {
  const b = boundsOf(scene.nodes);
  const w = scene.decor?.columnWidth ?? 0;
  for (const lane of scene.decor?.lanes ?? []) {
    const box = { x0: -w * 1.55, y0: lane.y0 - 10, x1: lane.x1, y1: lane.y1 };
    if (!b) return box;
    b.x0 = Math.min(b.x0, box.x0);
    b.y0 = Math.min(b.y0, box.y0);
    b.x1 = Math.max(b.x1, box.x1);
    b.y1 = Math.max(b.y1, box.y1);
  }
  return b;
}

/**
 * Draws the explorer's frames: the cached static layer (static-layer.ts) shifted and scaled to the camera,
 * then the overlay (selection, rings, labels from the zoom band's placement). `request` asks for another
 * animation frame (a bitmap still being drawn, a crisp redraw once the camera rests).
 */
export function createPainter(canvas: HTMLCanvasElement, request: () => void) {
  const ctx = canvas.getContext("2d")!;
  const layer = createStaticLayer();
  const labels = createLabelCache();
  let version = 0;
  let signature = "";
  let content: { version: number; bounds: Bounds | null } = { version: -1, bounds: null };
  let lastView: View = { x: NaN, y: NaN, k: NaN };
  let lastMove = 0;
  let timer = 0;
  let drawnLabels = 0;
  const later = (ms: number) => {
    clearTimeout(timer);
    timer = window.setTimeout(request, ms);
  };

  return {
    /** Positions changed (layout, drag). */
    moved() {
      version++;
      labels.moved();
    },
    /** A new scene: start from scratch. */
    reset() {
      version++;
      labels.moved();
      layer.reset();
    },
    /** Draws one frame; true when it shows the graph at camera `t` (false: the first bitmap is not ready). */
    frame(scene: Scene, t: ZoomTransform, size: { width: number; height: number }, dpr: number): boolean {
      const now = performance.now();
      if (t.x !== lastView.x || t.y !== lastView.y || t.k !== lastView.k) {
        lastView = { x: t.x, y: t.y, k: t.k };
        lastMove = now;
      }
      const sig = staticSignature(scene);
      if (sig !== signature) {
        signature = sig;
        version++;
      }
      if (content.version !== version) content = { version, bounds: contentBounds(scene) };
      // Marks stick out of the nodes by a few screen pixels.
      const pad = 16 / t.k;
      const b = content.bounds;
      const padded = b && { x0: b.x0 - pad, y0: b.y0 - pad, x1: b.x1 + pad, y1: b.y1 + pad };
      const input = { scene, t, ...size, dpr, version, content: padded, idleMs: now - lastMove };
      const result = layer.paint(ctx, input);
      if (result.drawn) {
        const o = { ...size, dpr };
        drawnLabels = drawOverlay(ctx, scene, t, o, labels);
      }
      if (result.pending) request();
      else if (labels.stale) later(300);
      else if (result.approximate) later(IDLE_MS + 10);
      return result.drawn;
    },
    /** Labels drawn in the last frame that showed the graph. */
    labels: () => drawnLabels,
    destroy: () => clearTimeout(timer),
  };
}
