import { forceLink, forceManyBody, forceSimulation, forceX, forceY } from "d3";
import { hashString, seededRandom, type LayoutLink, type LayoutNode, type Point } from "./layout";

// A first picture of a big graph in well under a second of work (pure): the force layout of its backbone
// (the best-connected nodes) on a quick schedule, every other node placed next to a placed neighbour, and
// the rest on a ring around them. The worker then refines the whole graph from there, so a planner sees
// the shape of 50,000 organisations in seconds instead of after the full simulation.

/** Graphs above this size get a coarse layout first (when most of their nodes have no position yet). */
export const COARSE_ABOVE = 5000;
const BACKBONE = 600;
const BACKBONE_TICKS = 40;

export function coarsePositions(
  nodes: readonly { id: string; radius: number }[],
  links: readonly { source: string; target: string }[],
  seed = 1,
): Map<string, Point> {
  const n = nodes.length;
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  // Adjacency as flat arrays (compressed rows): 150,000 links without an object per link.
  const ends = new Int32Array(links.length * 2);
  const degree = new Int32Array(n);
  links.forEach((l, i) => {
    const a = index.get(l.source) ?? -1;
    const b = index.get(l.target) ?? -1;
    ends[i * 2] = a;
    ends[i * 2 + 1] = b;
    if (a >= 0 && b >= 0) {
      degree[a]!++;
      degree[b]!++;
    }
  });
  const offset = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offset[i + 1] = offset[i]! + degree[i]!;
  const fill = offset.slice(0, n);
  const adjacent = new Int32Array(offset[n]!);
  for (let i = 0; i < links.length; i++) {
    const a = ends[i * 2]!;
    const b = ends[i * 2 + 1]!;
    if (a < 0 || b < 0) continue;
    adjacent[fill[a]!++] = b;
    adjacent[fill[b]!++] = a;
  }
  const ranked = Int32Array.from(nodes.keys()).sort((a, b) => degree[b]! - degree[a]! || a - b);
  const backbone: LayoutNode[] = [...ranked.subarray(0, BACKBONE)].map((i) => ({ id: nodes[i]!.id, radius: 1 }));
  const inBackbone = new Set(backbone.map((b) => b.id));
  const backboneLinks: LayoutLink[] = links
    .filter((l) => inBackbone.has(l.source) && inBackbone.has(l.target) && l.source !== l.target)
    .map((l, i) => ({ id: `c${i}`, source: l.source, target: l.target }));
  // A cheap schedule: no collision, a coarse Barnes–Hut, few ticks.
  forceSimulation<LayoutNode, LayoutLink>(backbone)
    .randomSource(seededRandom(seed))
    .alphaDecay(1 - Math.pow(0.001, 1 / BACKBONE_TICKS))
    .force(
      "link",
      forceLink<LayoutNode, LayoutLink>(backboneLinks)
        .id((d) => d.id)
        .distance(60)
        .strength(0.3),
    )
    .force("charge", forceManyBody<LayoutNode>().strength(-120).theta(1.2))
    .force("x", forceX<LayoutNode>(0).strength(0.05))
    .force("y", forceY<LayoutNode>(0).strength(0.05))
    .stop()
    .tick(BACKBONE_TICKS);
  // The backbone stands for a graph many times its size: spread it so the others find room around it.
  const spread = Math.sqrt(n / Math.max(1, backbone.length)) * 0.6;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const placed = new Uint8Array(n);
  const queue: number[] = [];
  backbone.forEach((b) => {
    const i = index.get(b.id)!;
    x[i] = (b.x ?? 0) * spread;
    y[i] = (b.y ?? 0) * spread;
    placed[i] = 1;
    queue.push(i);
  });
  // Breadth first from the backbone: each node next to the neighbour that reached it (angle from its id).
  for (let q = 0; q < queue.length; q++) {
    const from = queue[q]!;
    for (let e = offset[from]!; e < offset[from + 1]!; e++) {
      const i = adjacent[e]!;
      if (placed[i]) continue;
      placed[i] = 1;
      const h = hashString(nodes[i]!.id);
      const angle = ((h % 3600) / 3600) * Math.PI * 2;
      const distance = 30 + (h % 40);
      x[i] = x[from]! + Math.cos(angle) * distance;
      y[i] = y[from]! + Math.sin(angle) * distance;
      queue.push(i);
    }
  }
  // Nodes not connected to the backbone at all: on a ring around it.
  let r = 0;
  for (let i = 0; i < n; i++) if (placed[i]) r = Math.max(r, Math.hypot(x[i]!, y[i]!));
  const out = new Map<string, Point>();
  for (let i = 0; i < n; i++) {
    if (!placed[i]) {
      const h = hashString(nodes[i]!.id);
      const angle = ((h % 3600) / 3600) * Math.PI * 2;
      x[i] = Math.cos(angle) * (r + 40 + (h % 200));
      y[i] = Math.sin(angle) * (r + 40 + (h % 200));
    }
    out.set(nodes[i]!.id, { x: x[i]!, y: y[i]! });
  }
  return out;
}
