import type { Simulation } from "d3";
import { createForceLayout, type LayoutLink, type LayoutNode } from "./layout";
import type { FromWorker, ToWorker } from "./layout-protocol";

// The force simulation runs here so the page never freezes: it ticks in slices and posts positions
// after each one; the page draws them on its next animation frame. ~30 ms slices (≈ 30 updates a
// second) look continuous and leave the page's thread time to draw.

// Typed narrowly (the project compiles against the DOM lib, not the worker lib).
const scope = self as unknown as {
  postMessage(message: FromWorker, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};
let simulation: Simulation<LayoutNode, LayoutLink> | null = null;
let nodes: LayoutNode[] = [];
let version = 0;
let ticks = 0;
let started = 0;
let timer: ReturnType<typeof setTimeout> | null = null;
const SLICE_MS = 30;

function positions(): Float32Array {
  const out = new Float32Array(nodes.length * 2);
  nodes.forEach((n, i) => {
    out[i * 2] = n.x ?? 0;
    out[i * 2 + 1] = n.y ?? 0;
  });
  return out;
}

function post(message: FromWorker) {
  scope.postMessage(message, [message.positions.buffer]);
}

function run() {
  timer = null;
  if (!simulation) return;
  const sliceStart = performance.now();
  while (simulation.alpha() >= simulation.alphaMin() && performance.now() - sliceStart < SLICE_MS) {
    simulation.tick();
    ticks++;
  }
  if (simulation.alpha() >= simulation.alphaMin()) {
    post({ type: "tick", version, positions: positions(), alpha: simulation.alpha() });
    timer = setTimeout(run, 0);
  } else {
    post({ type: "end", version, positions: positions(), ticks, ms: performance.now() - started });
  }
}

function reheat(alpha: number) {
  simulation?.alpha(Math.max(simulation.alpha(), alpha));
  if (timer === null) timer = setTimeout(run, 0);
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === "stop") {
    simulation = null;
    return;
  }
  if (message.type === "graph") {
    version = message.version;
    nodes = message.nodes.map((n) => ({ ...n }));
    const links: LayoutLink[] = message.links.map((l) => ({ ...l }));
    simulation = createForceLayout(nodes, links, message.seed).alpha(message.alpha);
    ticks = 0;
    started = performance.now();
    reheat(message.alpha);
    return;
  }
  if (message.version !== version) return;
  const node = nodes[message.index];
  if (!node) return;
  if (message.type === "drag") {
    node.fx = message.x;
    node.fy = message.y;
    reheat(0.15);
  } else if (!message.pinned) {
    node.fx = undefined;
    node.fy = undefined;
    reheat(0.1);
  }
};
