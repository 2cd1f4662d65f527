import type { ZoomTransform } from "d3";
import { kindColor } from "../../lib/kind-style";
import type { Scene } from "./scene";
import { boundsOf, type Bounds } from "./viewport";

/**
 * Overview in a corner: every node as a dot (cached bitmap, redrawn only when positions change) and the
 * visible rectangle on top. Clicking or dragging on it centres the main view there.
 */
export function createMinimap(canvas: HTMLCanvasElement, onCenter: (x: number, y: number) => void) {
  const width = 180;
  const height = 120;
  const dpr = window.devicePixelRatio || 1;
  canvas.width = width * dpr;
  canvas.height = height * dpr;
  const ctx = canvas.getContext("2d")!;
  const cache = document.createElement("canvas");
  cache.width = canvas.width;
  cache.height = canvas.height;
  const cacheCtx = cache.getContext("2d")!;
  let bounds: Bounds | null = null;
  let scale = 1;
  let dirty = true;
  let scene: Scene | null = null;

  const toWorld = (mx: number, my: number) => ({ x: bounds!.x0 + (mx - 6) / scale, y: bounds!.y0 + (my - 6) / scale });

  function rebuild() {
    dirty = false;
    cacheCtx.setTransform(dpr, 0, 0, dpr, 0, 0);
    cacheCtx.clearRect(0, 0, width, height);
    bounds = scene ? boundsOf(scene.nodes) : null;
    if (!scene || !bounds) return;
    scale = Math.min(
      (width - 12) / Math.max(1, bounds.x1 - bounds.x0),
      (height - 12) / Math.max(1, bounds.y1 - bounds.y0),
    );
    for (const group of scene.nodeGroups) {
      cacheCtx.fillStyle = kindColor(group.kind);
      for (const n of group.nodes)
        cacheCtx.fillRect(6 + (n.x - bounds.x0) * scale - 1, 6 + (n.y - bounds.y0) * scale - 1, 2, 2);
    }
  }

  let dragging = false;
  const centre = (event: PointerEvent) => {
    if (!bounds) return;
    const rect = canvas.getBoundingClientRect();
    const p = toWorld(event.clientX - rect.left, event.clientY - rect.top);
    onCenter(p.x, p.y);
  };
  canvas.addEventListener("pointerdown", (event) => {
    dragging = true;
    canvas.setPointerCapture(event.pointerId);
    centre(event);
  });
  canvas.addEventListener("pointermove", (event) => dragging && centre(event));
  canvas.addEventListener("pointerup", () => (dragging = false));

  return {
    setScene(next: Scene) {
      scene = next;
      dirty = true;
    },
    positionsChanged() {
      dirty = true;
    },
    draw(t: ZoomTransform, viewWidth: number, viewHeight: number) {
      if (dirty) rebuild();
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, width, height);
      ctx.drawImage(cache, 0, 0, width, height);
      if (!bounds) return;
      // The visible area, clipped to the minimap so its frame stays visible when zoomed far out.
      const x0 = Math.max(1, 6 + (-t.x / t.k - bounds.x0) * scale);
      const y0 = Math.max(1, 6 + (-t.y / t.k - bounds.y0) * scale);
      const x1 = Math.min(width - 1, 6 + ((viewWidth - t.x) / t.k - bounds.x0) * scale);
      const y1 = Math.min(height - 1, 6 + ((viewHeight - t.y) / t.k - bounds.y0) * scale);
      if (x1 <= x0 || y1 <= y0) return;
      ctx.strokeStyle = "#2563eb";
      ctx.lineWidth = 1.5;
      ctx.fillStyle = "rgba(37,99,235,0.08)";
      ctx.fillRect(x0, y0, x1 - x0, y1 - y0);
      ctx.strokeRect(x0, y0, x1 - x0, y1 - y0);
    },
  };
}
