import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Force,
  type Simulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from "d3";
import { seededRandom } from "../../../server/contracts/random";

export { seededRandom };

export interface LayoutNode extends SimulationNodeDatum {
  id: string;
  radius: number;
}

export interface LayoutLink extends SimulationLinkDatum<LayoutNode> {
  id: string;
}

export interface Point {
  x: number;
  y: number;
}

/** Node radius from a size value (degree or capability count): area grows with it, bounded so hubs don't swallow the view. */
export function radiusForDegree(value: number): number {
  return 4 + Math.min(14, Math.sqrt(Math.max(0, value)) * 2);
}

/** Ticks to a stable layout: fewer for big graphs (each tick costs O(n log n)), still converging. */
export function ticksFor(nodeCount: number): number {
  return nodeCount <= 500 ? 300 : nodeCount <= 2000 ? 200 : nodeCount <= 6000 ? 120 : 90;
}

/** A deterministic force layout (pure: no DOM, no timers — callers tick or run it). */
export function createForceLayout(
  nodes: LayoutNode[],
  links: LayoutLink[],
  seed = 1,
): Simulation<LayoutNode, LayoutLink> {
  const big = nodes.length > 2000;
  // Collision is the dearest force: on big graphs it runs every third tick, and past 6,000 nodes (an
  // overview, where overlap does not show) not at all.
  const collision = forceCollide<LayoutNode>((d) => d.radius + 3).iterations(big ? 1 : 2);
  const collide = nodes.length > 6000 ? null : big ? everyNthTick(collision, 3) : collision;
  // Small neighbourhoods spread out more, so that fitted to the screen their labels have room.
  const spread = nodes.length < 80 ? 2.2 : nodes.length < 400 ? 1.3 : 1;
  return forceSimulation<LayoutNode, LayoutLink>(nodes)
    .randomSource(seededRandom(seed))
    .alphaDecay(1 - Math.pow(0.001, 1 / ticksFor(nodes.length)))
    .force(
      "link",
      forceLink<LayoutNode, LayoutLink>(links)
        .id((d) => d.id)
        .distance((l) => 30 * spread + (l.source as LayoutNode).radius + (l.target as LayoutNode).radius)
        .strength(0.35),
    )
    .force(
      "charge",
      forceManyBody<LayoutNode>()
        .strength(big ? -45 : -110 * spread)
        .theta(big ? 1.1 : 0.9)
        .distanceMax(big ? 300 : 600 * spread),
    )
    .force("collide", collide)
    .force("x", forceX<LayoutNode>(0).strength(0.04))
    .force("y", forceY<LayoutNode>(0).strength(0.04))
    .stop();
}

/** Run a force only on every n-th tick (same initialisation). */
export function everyNthTick(force: Force<LayoutNode, LayoutLink>, n: number): Force<LayoutNode, LayoutLink> {
  let tick = 0;
  const throttled = (alpha: number) => {
    if (tick++ % n === 0) force(alpha);
  };
  throttled.initialize = (nodes: LayoutNode[], random: () => number) => force.initialize?.(nodes, random);
  return throttled;
}

/** FNV-1a: a stable small hash of an id, for deterministic jitter. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Starting positions that keep the planner's mental map: known nodes stay where they were, a new node
 * starts next to an already placed neighbour (on a ring around it, angle from its id), others get none
 * (d3 places them on its phyllotaxis spiral). Deterministic for the same inputs.
 */
export function seedPositions(
  nodes: readonly { id: string }[],
  links: readonly { source: string; target: string }[],
  known: ReadonlyMap<string, Point>,
): Map<string, Point> {
  const out = new Map<string, Point>();
  for (const node of nodes) {
    const p = known.get(node.id);
    if (p) out.set(node.id, { x: p.x, y: p.y });
  }
  const neighbours = new Map<string, string[]>();
  for (const l of links) {
    (neighbours.get(l.source) ?? neighbours.set(l.source, []).get(l.source)!).push(l.target);
    (neighbours.get(l.target) ?? neighbours.set(l.target, []).get(l.target)!).push(l.source);
  }
  // Two passes so a chain of new nodes fans out from the old part of the graph.
  for (let pass = 0; pass < 2; pass++) {
    for (const node of nodes) {
      if (out.has(node.id)) continue;
      const anchor = (neighbours.get(node.id) ?? []).map((id) => out.get(id)).find((p) => p !== undefined);
      if (!anchor) continue;
      const h = hashString(node.id);
      const angle = ((h % 3600) / 3600) * Math.PI * 2;
      const distance = 40 + (h % 40);
      out.set(node.id, { x: anchor.x + Math.cos(angle) * distance, y: anchor.y + Math.sin(angle) * distance });
    }
  }
  return out;
}
