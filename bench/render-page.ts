import { createGraphCanvas } from "../client/charts/force/graph-canvas";
import { radiusForDegree } from "../client/charts/force/layout";
import { buildScene } from "../client/charts/force/scene";
import { benchGraph } from "./render-graph";

// The explorer's real canvas (worker layout, batched drawing, labels, minimap) on a synthetic graph;
// bench/render.bench.ts drives it from headless Chromium.

const container = document.getElementById("graph")!;
let stable: ((info: { ms: number; ticks: number }) => void) | null = null;
const graph = createGraphCanvas(container, { select() {}, open() {}, pin() {}, stable: (info) => stable?.(info) });

declare global {
  interface Window {
    bench: {
      load(n: number): Promise<{ nodes: number; links: number; stableMs: number; ticks: number; firstFrameMs: number }>;
      interact(ms: number): Promise<{ frames: number; seconds: number; p95DrawMs: number }>;
    };
  }
}

window.bench = {
  async load(n) {
    const { nodes, links } = benchGraph(n);
    const scene = buildScene(
      nodes.map((node) => ({
        ...node,
        radius: radiusForDegree(node.degree),
        x: 0,
        y: 0,
        illustrative: node.degree % 17 === 0,
        weight: node.degree,
      })),
      links.map((l) => ({ ...l, illustrative: false })),
    );
    const started = performance.now();
    const framesBefore = graph.frames();
    const done = new Promise<{ ms: number; ticks: number }>((resolve) => (stable = resolve));
    graph.setScene(scene, { kind: "force", seed: 7, known: new Map(), pins: new Map(), alpha: 1 }, { fit: true });
    await new Promise<void>((resolve) => {
      const poll = () => (graph.frames() > framesBefore ? resolve() : requestAnimationFrame(poll));
      poll();
    });
    const firstFrameMs = performance.now() - started;
    const info = await done;
    await new Promise((resolve) => setTimeout(resolve, 600)); // the fit transition after the layout settles
    return {
      nodes: scene.nodes.length,
      links: scene.links.length,
      stableMs: performance.now() - started - 600,
      ticks: info.ticks,
      firstFrameMs,
    };
  },

  /** Real input for `ms`: wheel zooms in and out and mouse drags pan, one event per animation frame. */
  async interact(ms) {
    const canvas = container.querySelector("canvas")!;
    const rect = canvas.getBoundingClientRect();
    const cx = rect.left + rect.width / 2;
    const cy = rect.top + rect.height / 2;
    const draws: number[] = [];
    const originalFrames = graph.frames();
    let last = performance.now();
    const start = last;
    let step = 0;
    // Start the drag on empty canvas (a press on a node would drag the node instead of panning).
    canvas.dispatchEvent(
      new MouseEvent("mousedown", {
        bubbles: true,
        clientX: rect.left + 5,
        clientY: rect.top + 5,
        button: 0,
        view: window,
      }),
    );
    await new Promise<void>((resolve) => {
      const frame = () => {
        const now = performance.now();
        draws.push(now - last);
        last = now;
        step++;
        if (step % 2) {
          const x = rect.left + 5 + Math.sin(step / 20) * 200;
          window.dispatchEvent(
            new MouseEvent("mousemove", {
              bubbles: true,
              clientX: x,
              clientY: rect.top + 5 + Math.cos(step / 25) * 120,
              button: 0,
              buttons: 1,
              view: window,
            }),
          );
        } else {
          canvas.dispatchEvent(
            new WheelEvent("wheel", {
              bubbles: true,
              cancelable: true,
              clientX: cx,
              clientY: cy,
              deltaY: Math.sin(step / 30) * 60,
              deltaMode: 0,
            }),
          );
        }
        if (now - start < ms) requestAnimationFrame(frame);
        else resolve();
      };
      requestAnimationFrame(frame);
    });
    window.dispatchEvent(new MouseEvent("mouseup", { bubbles: true, view: window }));
    const sorted = draws.slice(1).sort((a, b) => a - b);
    return {
      frames: graph.frames() - originalFrames,
      seconds: (performance.now() - start) / 1000,
      p95DrawMs: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
    };
  },
};
