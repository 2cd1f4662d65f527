import { select, zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from "d3";
import { createHitTester } from "./hit-test";
import type { Point } from "./layout";
import { createLayoutRunner, workerGraph, type LayoutProgress } from "./layout-runner";
import { createMinimap } from "./minimap";
import { attachPointer } from "./pointer";
import { createPainter } from "./painter";
import type { Scene, SceneNode } from "./scene";
import { boundsOf, fitTransform } from "./viewport";
import { observeSize } from "./canvas-size";

export type Placement =
  | { kind: "force"; seed: number; known: ReadonlyMap<string, Point>; pins: ReadonlyMap<string, Point>; alpha: number }
  | { kind: "static"; positions: ReadonlyMap<string, Point> };

export interface GraphCanvasEvents {
  select(id: string | null): void;
  open(id: string): void;
  pin(id: string, x: number, y: number): void;
  hover?(node: SceneNode | null, clientX: number, clientY: number): void;
  stable?(info: { ticks: number; ms: number }): void;
  /** A force layout under way: how far (null once it is stable or stopped). */
  progress?(info: (LayoutProgress & { paused: boolean }) | null): void;
  /** Touch long press on a node: its menu (what to expand, pin, hide…). */
  menu?(id: string): void;
}

export interface GraphCanvas {
  /** `fit`: frame the whole graph, or just `fitIds` when given. */
  setScene(scene: Scene, placement: Placement, options?: { fit?: boolean; fitIds?: string[] }): void;
  /** Marks changed (selection, hover, emphasis): redraw. */
  redraw(): void;
  setPins(pins: ReadonlyMap<string, Point>): void;
  fit(ids?: string[]): void;
  zoomBy(factor: number): void;
  centerOn(id: string): void;
  positions(): Map<string, Point>;
  transform(): ZoomTransform;
  /** Jump the camera (no animation), through the zoom behaviour so input state stays in step. */
  setTransform(t: { x: number; y: number; k: number }): void;
  size(): { width: number; height: number };
  /** Frames that showed the graph at the current camera so far (the render benchmark reads it). */
  frames(): number;
  /** Labels drawn in the last such frame (the render benchmark reads it). */
  stats(): { labels: number };
  /** Hold a running force layout where it is / let it carry on (big graphs take a while to settle). */
  pauseLayout(): void;
  resumeLayout(): void;
  destroy(): void;
}

/** Canvas graph: worker force layout or fixed positions, zoom/pan, drag to pin, hover, minimap. */
export function createGraphCanvas(container: HTMLElement, events: GraphCanvasEvents): GraphCanvas {
  const canvas = document.createElement("canvas");
  canvas.className = "graph-canvas";
  const minimapCanvas = document.createElement("canvas");
  minimapCanvas.className = "minimap";
  container.append(canvas, minimapCanvas);
  const hits = createHitTester();
  let scene: Scene | null = null;
  let transform: ZoomTransform = zoomIdentity;
  let frame = 0;
  let frames = 0;
  let fitOnNextPositions = false;
  let fitWhenStable = false;
  let revealWhenStable = false;
  let forceMode = false;
  /** Nodes the worker currently holds fixed (pins), to release the ones unpinned. */
  let fixed = new Set<string>();

  const size = () => ({ width: container.clientWidth, height: container.clientHeight });
  const dpr = () => window.devicePixelRatio || 1;

  function draw() {
    frame = 0;
    if (!scene) return;
    const { width, height } = size();
    // Only frames that show the graph at the current camera count (a bitmap still being drawn does not).
    if (painter.frame(scene, transform, { width, height }, dpr())) frames++;
    // Where the focus node is drawn (canvas pixels), for automated UI tests of touch gestures.
    const focus = scene.focus ? scene.byId.get(scene.focus) : undefined;
    if (focus)
      canvas.dataset.focusAt = `${Math.round(transform.applyX(focus.x))},${Math.round(transform.applyY(focus.y))}`;
    else delete canvas.dataset.focusAt;
    minimap.draw(transform, width, height);
  }
  const redraw = () => {
    if (!frame) frame = requestAnimationFrame(draw);
  };
  const painter = createPainter(canvas, redraw);

  const zoomBehaviour: ZoomBehavior<HTMLCanvasElement, unknown> = zoom<HTMLCanvasElement, unknown>()
    .scaleExtent([0.03, 8])
    .filter((event: Event) => {
      if (event.type === "dblclick") return false;
      // a second finger always zooms (pinch), even when the first one landed on a node
      if (event.type === "touchstart" && (event as TouchEvent).touches.length > 1) return true;
      if (event.type === "mousedown" || event.type === "touchstart") return !nodeAtEvent(event as MouseEvent);
      return !(event as MouseEvent).button;
    })
    .on("zoom", (event: { transform: ZoomTransform }) => {
      transform = event.transform;
      redraw();
    });
  const selection = select(canvas);
  selection.call(zoomBehaviour);

  const minimap = createMinimap(minimapCanvas, (x, y) => {
    const { width, height } = size();
    selection.call(zoomBehaviour.translateTo, x, y, [width / 2, height / 2]);
  });

  function toWorld(clientX: number, clientY: number): Point {
    const rect = canvas.getBoundingClientRect();
    const [x, y] = transform.invert([clientX - rect.left, clientY - rect.top]);
    return { x, y };
  }
  function nodeAt(clientX: number, clientY: number): SceneNode | null {
    if (!scene) return null;
    const p = toWorld(clientX, clientY);
    return hits.find(p.x, p.y, 4 / transform.k);
  }
  const nodeAtEvent = (event: MouseEvent | TouchEvent) => {
    const point = "touches" in event ? event.touches[0] : event;
    return point ? nodeAt(point.clientX, point.clientY) : null;
  };

  let paused = false;
  let lastProgress: LayoutProgress = { progress: 0, coarse: false };
  const setPaused = (hold: boolean) => {
    if (!forceMode) return;
    paused = hold;
    if (hold) runner.pause();
    else runner.resume();
    events.progress?.({ ...lastProgress, paused });
  };
  const runner = createLayoutRunner(
    (positions, _version, progress) => {
      if (!scene) return;
      lastProgress = progress;
      events.progress?.({ ...progress, paused });
      scene.nodes.forEach((n, i) => {
        n.x = positions[i * 2]!;
        n.y = positions[i * 2 + 1]!;
      });
      hits.invalidate();
      minimap.positionsChanged();
      painter.moved();
      // A layout grows as it cools (fresh, or after an expansion): keep it framed while it runs (zoom out
      // only), then fit once stable.
      if (fitOnNextPositions || ((fitWhenStable || revealWhenStable) && overflowing())) {
        fitOnNextPositions = false;
        applyFit(undefined, false);
      }
      redraw();
    },
    (info) => {
      if (fitWhenStable || (revealWhenStable && overflowing())) applyFit(undefined, true);
      fitWhenStable = false;
      revealWhenStable = false;
      events.progress?.(null);
      events.stable?.(info);
    },
  );

  attachPointer(canvas, {
    nodeAt,
    toWorld,
    indexOf: (node) => (scene ? scene.nodes.indexOf(node) : -1),
    drag(node, index, p) {
      node.x = p.x;
      node.y = p.y;
      if (forceMode) runner.drag(index, p.x, p.y);
      hits.invalidate();
      painter.moved();
      minimap.positionsChanged();
      redraw();
    },
    dragEnd(node, index) {
      if (forceMode) runner.release(index, true);
      fixed.add(node.id);
      events.pin(node.id, node.x, node.y);
    },
    click: (node) => events.select(node?.id ?? null),
    dblclick: (node) => events.open(node.id),
    longpress: (node) => events.menu?.(node.id),
    hover(node, clientX, clientY) {
      if (!scene) return;
      canvas.style.cursor = node ? "pointer" : "grab";
      const id = node?.id ?? null;
      events.hover?.(node, clientX, clientY);
      if (scene.hovered !== id) {
        scene.hovered = id;
        redraw();
      }
    },
  });

  /** Some node is off screen (after an expansion): zoom out to show everything, never in. */
  function overflowing(): boolean {
    const b = scene ? boundsOf(scene.nodes) : null;
    if (!b) return false;
    const { width, height } = size();
    const [x0, y0] = transform.apply([b.x0, b.y0]);
    const [x1, y1] = transform.apply([b.x1, b.y1]);
    return x0 < 0 || y0 < 0 || x1 > width || y1 > height;
  }

  function applyFit(ids: string[] | undefined, animate: boolean) {
    if (!scene) return;
    const { width, height } = size();
    const pool = ids?.length ? ids.map((id) => scene!.byId.get(id)).filter((n): n is SceneNode => !!n) : scene.nodes;
    // Fitting a part (the chain layout's first lane): put it at the top, the rest follows below.
    // The minimap sits at the bottom right: fit into the area above it so it never covers a node.
    const reserved = minimapCanvas.offsetParent !== null ? minimapCanvas.offsetHeight + 12 : 0;
    const f = fitTransform(boundsOf(pool), width, Math.max(120, height - reserved), {
      padding: 48,
      maxScale: 1.5,
      alignTop: !!ids?.length && pool.length < scene.nodes.length,
    });
    const target = zoomIdentity.translate(f.x, f.y).scale(f.k);
    if (animate) selection.transition().duration(450).call(zoomBehaviour.transform, target);
    else selection.call(zoomBehaviour.transform, target);
  }

  const observer = observeSize(container, canvas, dpr, redraw, (before, after) => {
    // Keep what was in the middle in the middle when a side panel opens or closes.
    const dx = (after.width - before.width) / 2 / transform.k;
    selection.call(zoomBehaviour.translateBy, dx, (after.height - before.height) / 2 / transform.k);
  });

  return {
    setScene(next, placement, options = {}) {
      scene = next;
      painter.reset();
      hits.setNodes(next.nodes);
      minimap.setScene(next);
      forceMode = placement.kind === "force";
      if (placement.kind === "static") {
        runner.stop();
        events.progress?.(null);
        for (const n of next.nodes) {
          const p = placement.positions.get(n.id);
          if (p) Object.assign(n, { x: p.x, y: p.y });
        }
        if (options.fit) applyFit(options.fitIds, false);
        redraw();
        return;
      }
      const { nodes, links } = workerGraph(next, placement.known, placement.pins);
      fixed = new Set(placement.pins.keys());
      fitOnNextPositions = options.fit === true;
      fitWhenStable = options.fit === true;
      revealWhenStable = !options.fit;
      paused = false;
      runner.run(nodes, links, { seed: placement.seed, alpha: placement.alpha });
      redraw();
    },
    redraw,
    setPins(pins) {
      if (!scene || !forceMode) return;
      scene.nodes.forEach((n, i) => {
        const pin = pins.get(n.id);
        if (pin) runner.drag(i, pin.x, pin.y);
        else if (fixed.has(n.id)) runner.release(i, false);
      });
      fixed = new Set(pins.keys());
    },
    fit: (ids) => applyFit(ids, true),
    zoomBy: (factor) => selection.transition().duration(200).call(zoomBehaviour.scaleBy, factor),
    centerOn(id) {
      const node = scene?.byId.get(id);
      if (!node) return;
      const { width, height } = size();
      selection
        .transition()
        .duration(400)
        .call(zoomBehaviour.translateTo, node.x, node.y, [width / 2, height / 2]);
    },
    positions: () => new Map((scene?.nodes ?? []).map((n) => [n.id, { x: n.x, y: n.y }])),
    transform: () => transform,
    setTransform: (t) => selection.call(zoomBehaviour.transform, zoomIdentity.translate(t.x, t.y).scale(t.k)),
    size,
    frames: () => frames,
    stats: () => ({ labels: painter.labels() }),
    pauseLayout: () => setPaused(true),
    resumeLayout: () => setPaused(false),
    destroy() {
      observer.disconnect();
      runner.terminate();
      painter.destroy();
      if (frame) cancelAnimationFrame(frame);
      selection.on(".zoom", null);
    },
  };
}
