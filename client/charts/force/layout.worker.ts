import type { Simulation } from "d3";
import { createForceLayout, type LayoutLink, type LayoutNode } from "./layout";
import { COARSE_ABOVE, coarsePositions } from "./layout-coarse";
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
let startAlpha = 1;
let paused = false;
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
    post({ type: "tick", version, positions: positions(), alpha: simulation.alpha(), progress: progress() });
    timer = setTimeout(run, 0);
  } else {
    post({ type: "end", version, positions: positions(), ticks, ms: performance.now() - started });
  }
}

/** How far the simulation has cooled from where it started, 0…1 (alpha falls geometrically). */
function progress(): number {
  if (!simulation) return 1;
  const done = Math.log(simulation.alpha() / startAlpha) / Math.log(simulation.alphaMin() / startAlpha);
  return Math.min(1, Math.max(0, Number.isFinite(done) ? done : 1));
}

function reheat(alpha: number) {
  simulation?.alpha(Math.max(simulation.alpha(), alpha));
  if (timer === null && !paused) timer = setTimeout(run, 0);
}

function pause() {
  paused = true;
  if (timer !== null) clearTimeout(timer);
  timer = null;
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === "stop") {
    simulation = null;
    pause();
    paused = false;
    return;
  }
  if (message.type === "graph") {
    version = message.version;
    nodes = message.nodes.map((n) => ({ ...n }));
    const links: LayoutLink[] = message.links.map((l) => ({ ...l }));
    started = performance.now();
    let alpha = message.alpha;
    // A big graph seen for the first time: a coarse picture at once, then the simulation refines it.
    if (nodes.length > COARSE_ABOVE && nodes.filter((n) => n.x === undefined).length > nodes.length / 2) {
      const coarse = coarsePositions(nodes, message.links, message.seed);
      for (const n of nodes) if (n.x === undefined) Object.assign(n, coarse.get(n.id));
      post({ type: "tick", version, positions: positions(), alpha, progress: 0, coarse: true });
      alpha = Math.min(alpha, 0.5);
    }
    simulation = createForceLayout(nodes, links, message.seed).alpha(alpha);
    startAlpha = alpha;
    ticks = 0;
    paused = false;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    reheat(alpha);
    return;
  }
  if (message.version !== version) return;
  if (message.type === "pause") return pause();
  if (message.type === "resume") {
    paused = false;
    return reheat(0);
  }
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
