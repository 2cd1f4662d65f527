// Messages between the page and the layout worker. Positions travel as one transferable Float32Array
// [x0, y0, x1, y1, …] in the order of the nodes sent with the graph, tagged with the graph's version.

export interface WorkerNode {
  id: string;
  radius: number;
  x?: number;
  y?: number;
  /** Pinned: the simulation keeps it here. */
  fx?: number;
  fy?: number;
}

export type ToWorker =
  | {
      type: "graph";
      version: number;
      nodes: WorkerNode[];
      links: { id: string; source: string; target: string }[];
      seed: number;
      alpha: number;
    }
  | { type: "drag"; version: number; index: number; x: number; y: number }
  | { type: "release"; version: number; index: number; pinned: boolean }
  | { type: "stop" }
  /** Hold the simulation where it is (a big layout the planner is happy with), or carry on. */
  | { type: "pause"; version: number }
  | { type: "resume"; version: number };

export type FromWorker =
  /** `progress`: 0…1 of the way to a stable layout (coarse: the quick first picture of a big graph). */
  | { type: "tick"; version: number; positions: Float32Array; alpha: number; progress: number; coarse?: boolean }
  | { type: "end"; version: number; positions: Float32Array; ticks: number; ms: number };
