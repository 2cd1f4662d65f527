import type { FromWorker, ToWorker, WorkerNode } from "./layout-protocol";

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
  terminate(): void;
}

/**
 * The page side of the layout worker. `onPositions` gets every slice of positions of the current
 * version only (older graphs' messages are dropped); `onStable` once the simulation has cooled.
 */
export function createLayoutRunner(
  onPositions: (positions: Float32Array, version: number) => void,
  onStable: (info: { version: number; ticks: number; ms: number }) => void,
): LayoutRunner {
  const worker = new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
  let version = 0;
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.version !== version) return;
    onPositions(message.positions, message.version);
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
    terminate: () => worker.terminate(),
  };
}
