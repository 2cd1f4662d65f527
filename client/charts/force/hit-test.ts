import { quadtree, type Quadtree, type QuadtreeLeaf } from "d3";
import type { SceneNode } from "./scene";

/**
 * Which node is under a point: a quadtree over node centres, rebuilt lazily after positions moved
 * (`invalidate`). Among nodes whose outline is within `slack`, the one whose edge is nearest wins — the
 * nearest centre may belong to a small node while the point is inside a big neighbour.
 */
export function createHitTester() {
  let tree: Quadtree<SceneNode> | null = null;
  let nodes: SceneNode[] = [];
  let maxRadius = 0;
  return {
    setNodes(next: SceneNode[]) {
      nodes = next;
      tree = null;
    },
    invalidate() {
      tree = null;
    },
    find(x: number, y: number, slack: number): SceneNode | null {
      if (!tree) {
        tree = quadtree<SceneNode>()
          .x((n) => n.x)
          .y((n) => n.y)
          .addAll(nodes);
        maxRadius = nodes.reduce((m, n) => Math.max(m, n.radius), 0);
      }
      const reach = maxRadius + slack;
      let best: SceneNode | null = null;
      let bestGap = Infinity;
      tree.visit((quad, x0, y0, x1, y1) => {
        if (!("length" in quad)) {
          for (let leaf: QuadtreeLeaf<SceneNode> | undefined = quad; leaf; leaf = leaf.next) {
            const gap = Math.hypot(leaf.data.x - x, leaf.data.y - y) - leaf.data.radius;
            if (gap <= slack && gap < bestGap) {
              best = leaf.data;
              bestGap = gap;
            }
          }
        }
        return x0 > x + reach || x1 < x - reach || y0 > y + reach || y1 < y - reach;
      });
      return best;
    },
  };
}
