import Graph from "graphology";
import Sigma from "sigma";
import { createForceLayout, radiusForDegree, type LayoutLink, type LayoutNode } from "../client/charts/force/layout";
import { LABEL_FONT } from "../client/charts/force/render";
import { kindColor } from "../client/lib/kind-style";
import type { BenchLink, BenchNode } from "./render-graph";
import { frameWhen, nextFrame, type BenchView, type Transform } from "./render-view";

// sigma.js v3 on graphology in the render bench: WebGL (SwiftShader in headless Chromium without a GPU)
// for nodes and edges, its own canvas layer and label grid for labels. Sizes are in world units
// (itemSizesReference "positions") so nodes look as big as in the other renderers, edges thin; its other
// settings (label density, grid, size threshold) are its defaults. Frames are counted with sigma's "afterRender" event, labels with getNodeDisplayedLabels().

type BenchGraph = { nodes: BenchNode[]; links: BenchLink[] };

function build(container: HTMLElement, g: BenchGraph, positions: ArrayLike<number>) {
  const graph = new Graph();
  g.nodes.forEach((n, i) =>
    graph.addNode(n.id, {
      x: positions[i * 2]!,
      y: -positions[i * 2 + 1]!, // sigma's y axis points up: flipped, its picture is the others' picture
      size: radiusForDegree(n.degree),
      color: kindColor(n.kind),
      label: n.label,
    }),
  );
  // edges at sigma's minimum thickness at any zoom (its default 1.7 px; 1 px in the SVG baseline)
  for (const l of g.links) graph.addEdgeWithKey(l.id, l.source, l.target, { size: 0.01, color: "#c4cbd4" });
  const sigma = new Sigma(graph, container, {
    itemSizesReference: "positions",
    zoomToSizeRatioFunction: (ratio) => ratio,
    labelFont: LABEL_FONT.replace(/^\d+px /, ""),
    labelSize: 12,
  });
  let frames = 0;
  sigma.on("afterRender", () => frames++);
  return { graph, sigma, frames: () => frames };
}

/**
 * A d3-style transform as sigma's camera state: the world point at the centre of the viewport in sigma's
 * framed-graph coordinates (y flipped, as the nodes' y), and the ratio that gives k pixels per world unit.
 */
function cameraState(sigma: Sigma, t: Transform) {
  const { width, height } = sigma.getDimensions();
  const unit = { cameraState: { x: 0.5, y: 0.5, ratio: 1, angle: 0 } };
  const centre = { x: (width / 2 - t.x) / t.k, y: -(height / 2 - t.y) / t.k };
  const p0 = sigma.graphToViewport(centre, unit);
  const p1 = sigma.graphToViewport({ x: centre.x + 1, y: centre.y }, unit);
  const framed = sigma.viewportToFramedGraph(p0, unit);
  return { x: framed.x, y: framed.y, ratio: Math.hypot(p1.x - p0.x, p1.y - p0.y) / t.k, angle: 0 };
}

export function sigmaView(container: HTMLElement, g: BenchGraph, positions: readonly number[]): BenchView {
  const s = build(container, g, positions);
  return {
    setTransform: (t) => s.sigma.getCamera().setState(cameraState(s.sigma, t)),
    frames: s.frames,
    labels: () => s.sigma.getNodeDisplayedLabels().size,
  };
}

/**
 * Sigma has no force layout of its own (its ecosystem's is ForceAtlas2, a different algorithm): it gets the
 * same d3 simulation as the SVG baseline — on the page's thread, one tick per animation frame, the
 * graphology positions updated after each tick (sigma re-indexes and redraws). Gives up after `capMs`.
 */
export async function sigmaSetup(container: HTMLElement, g: BenchGraph, capMs: number) {
  const started = performance.now();
  const nodes: LayoutNode[] = g.nodes.map((n) => ({ id: n.id, radius: radiusForDegree(n.degree) }));
  const links: LayoutLink[] = g.links.map((l) => ({ id: l.id, source: l.source, target: l.target }));
  const simulation = createForceLayout(nodes, links, 7);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const s = build(
    container,
    g,
    nodes.flatMap((n) => [n.x ?? 0, n.y ?? 0]),
  );
  await nextFrame();
  await nextFrame();
  const firstPictureMs = performance.now() - started;
  let ticks = 0;
  while (simulation.alpha() >= simulation.alphaMin() && performance.now() - started < capMs) {
    simulation.tick();
    ticks++;
    s.graph.updateEachNodeAttributes(
      (id, a) => {
        const n = byId.get(id)!;
        return { ...a, x: n.x ?? 0, y: n.y ?? 0 };
      },
      { attributes: ["x", "y"] },
    );
    const before = s.frames();
    await frameWhen(() => s.frames() > before);
  }
  const stable = simulation.alpha() < simulation.alphaMin();
  await nextFrame();
  return { firstPictureMs, stableMs: stable ? performance.now() - started : null, ticks };
}
