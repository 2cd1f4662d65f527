import { createGraphCanvas, type GraphCanvas } from "../client/charts/force/graph-canvas";
import { radiusForDegree } from "../client/charts/force/layout";
import { buildScene, type Scene } from "../client/charts/force/scene";
import type { BenchLink, BenchNode } from "./render-graph";
import { frameWhen, nextFrame, positionMap, type BenchView } from "./render-view";

// The project's renderer in the render bench: the explorer's real canvas (createGraphCanvas: batched
// drawing, culling, label level of detail, minimap), frames counted by the canvas itself.

type Graph = { nodes: BenchNode[]; links: BenchLink[] };

function scene(g: Graph): Scene {
  return buildScene(
    g.nodes.map((node) => ({
      ...node,
      radius: radiusForDegree(node.degree),
      x: 0,
      y: 0,
      illustrative: node.degree % 17 === 0,
      weight: node.degree,
    })),
    g.links.map((l) => ({ ...l, illustrative: false })),
  );
}

function canvas(container: HTMLElement): GraphCanvas {
  return createGraphCanvas(container, { select() {}, open() {}, pin() {} });
}

/**
 * The explorer's natural set-up: setScene with the worker force layout (seed 7), fitted. First picture: the
 * frame after the canvas first drew (seeded positions); coarse picture (graphs above the coarse threshold): the
 * first frame showing the worker's quick layout; stable: the frame after the worker reported the layout cooled.
 * Returns the stable positions, which every renderer then shares.
 */
export async function chainatlasLayout(container: HTMLElement, g: Graph) {
  let onStable: (info: { ticks: number; ms: number }) => void = () => {};
  const done = new Promise<{ ticks: number; ms: number }>((resolve) => (onStable = resolve));
  // A big graph's quick coarse layout: the first frame drawn after the worker posted it.
  let coarsePictureMs: number | null = null;
  let coarseSeen = false;
  const graph = createGraphCanvas(container, {
    select() {},
    open() {},
    pin() {},
    stable: (info) => onStable(info),
    progress(info) {
      if (!info?.coarse || coarseSeen) return;
      coarseSeen = true;
      const before = graph.frames();
      void frameWhen(() => graph.frames() > before).then(() => (coarsePictureMs = performance.now() - started));
    },
  });
  const started = performance.now();
  graph.setScene(scene(g), { kind: "force", seed: 7, known: new Map(), pins: new Map(), alpha: 1 }, { fit: true });
  await frameWhen(() => graph.frames() > 0);
  await nextFrame();
  const firstPictureMs = performance.now() - started;
  const info = await done;
  await nextFrame();
  await nextFrame();
  const stableMs = performance.now() - started;
  const byId = graph.positions();
  const positions = g.nodes.flatMap((n) => [byId.get(n.id)!.x, byId.get(n.id)!.y]);
  graph.destroy();
  return { firstPictureMs, coarsePictureMs, stableMs, ticks: info.ticks, positions };
}

/** The canvas on fixed positions (static placement: no layout runs during the measurement). */
export function chainatlasView(container: HTMLElement, g: Graph, positions: readonly number[]): BenchView {
  const graph = canvas(container);
  const ids = g.nodes.map((n) => n.id);
  graph.setScene(scene(g), { kind: "static", positions: positionMap(ids, positions) });
  return {
    setTransform: (t) => graph.setTransform(t),
    frames: () => graph.frames(),
    labels: () => graph.stats().labels,
  };
}
