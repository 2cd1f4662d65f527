import { seedPositions, type Point } from "./layout";
import type { FromWorker, ToWorker, WorkerNode } from "./layout-protocol";
import type { Scene } from "./scene";

export interface LayoutRunner {
  /** Lay out a new graph (starting from the given positions); returns its version. */
  run(
    nodes: WorkerNode[],
    links: { id: string; source: string; target: string }[],
    options: { seed: number; alpha: number },
  ): number;
  drag(index: number, x: number, y: number): void;
  release(index: number, pinned: boolean): void;
  stop(): void;
  /** Hold a running layout where it is, or let it carry on. */
  pause(): void;
  resume(): void;
  terminate(): void;
}

export interface LayoutProgress {
  /** 0…1 of the way to a stable layout. */
  progress: number;
  /** The quick first picture of a big graph (refinement follows). */
  coarse: boolean;
}

/**
 * The page side of the layout worker. `onPositions` gets every slice of positions of the current
 * version only (older graphs' messages are dropped); `onStable` once the simulation has cooled.
 */
export function createLayoutRunner(
  onPositions: (positions: Float32Array, version: number, progress: LayoutProgress) => void,
  onStable: (info: { version: number; ticks: number; ms: number }) => void,
): LayoutRunner {
  const worker = new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
  let version = 0;
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.version !== version) return;
    const progress =
      message.type === "tick"
        ? { progress: message.progress, coarse: message.coarse ?? false }
        : { progress: 1, coarse: false };
    onPositions(message.positions, message.version, progress);
    if (message.type === "end") onStable({ version: message.version, ticks: message.ticks, ms: message.ms });
  };
  const send = (message: ToWorker) => worker.postMessage(message);
  return {
    run(nodes, links, options) {
      version++;
      send({ type: "graph", version, nodes, links, seed: options.seed, alpha: options.alpha });
      return version;
    },
    drag: (index, x, y) => send({ type: "drag", version, index, x, y }),
    release: (index, pinned) => send({ type: "release", version, index, pinned }),
    stop() {
      version++;
      send({ type: "stop" });
    },
    pause: () => send({ type: "pause", version }),
    resume: () => send({ type: "resume", version }),
    terminate: () => worker.terminate(),
  };
}

/**
 * What the worker gets for a scene: nodes starting where they were (or next to a placed neighbour, see
 * seedPositions), pins fixed; the scene's nodes are moved to those starting points too.
 */
export function workerGraph(
  scene: Scene,
  known: ReadonlyMap<string, Point>,
  pins: ReadonlyMap<string, Point>,
): { nodes: WorkerNode[]; links: { id: string; source: string; target: string }[] } {
  const links = scene.links.map((l) => ({ id: l.id, source: l.source.id, target: l.target.id }));
  const start = seedPositions(scene.nodes, links, known);
  const nodes = scene.nodes.map((n) => {
    const pin = pins.get(n.id);
    const p = pin ?? start.get(n.id);
    if (p) Object.assign(n, { x: p.x, y: p.y });
    return {
      id: n.id,
      radius: n.radius,
      ...(p ? { x: p.x, y: p.y } : {}),
      ...(pin ? { fx: pin.x, fy: pin.y } : {}),
    };
  });
  return { nodes, links };
}
