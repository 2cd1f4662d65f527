import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type Simulation, type SimulationLinkDatum, type SimulationNodeDatum } from "d3";
import { seededRandom } from "../../../server/contracts/random";

export { seededRandom };

export interface LayoutNode extends SimulationNodeDatum {
  id: string;
  radius: number;
}

export interface LayoutLink extends SimulationLinkDatum<LayoutNode> {
  id: string;
}

/** Node radius from degree: area grows with connections, bounded so hubs don't swallow the view. */
export function radiusForDegree(degree: number): number {
  return 4 + Math.min(14, Math.sqrt(Math.max(0, degree)) * 2);
}

/** A deterministic force layout (pure: no DOM, no timers — callers tick or run it). */
export function createForceLayout(nodes: LayoutNode[], links: LayoutLink[], seed = 1): Simulation<LayoutNode, LayoutLink> {
  return forceSimulation<LayoutNode, LayoutLink>(nodes)
    .randomSource(seededRandom(seed))
    .force("link", forceLink<LayoutNode, LayoutLink>(links).id((d) => d.id).distance(40).strength(0.4))
    .force("charge", forceManyBody<LayoutNode>().strength(-60).distanceMax(400))
    .force("collide", forceCollide<LayoutNode>((d) => d.radius + 2))
    .force("x", forceX<LayoutNode>(0).strength(0.03))
    .force("y", forceY<LayoutNode>(0).strength(0.03))
    .stop();
}
