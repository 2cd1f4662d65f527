import type { ViewNode } from "../../../server/contracts/graph";

// Which chains the explorer's 全景 layout draws (pure, unit-tested).

/** The chains a view shows: the chosen one, else those whose segments (or chain nodes) are in the scene. */
export function chainsInView(chain: string | null, nodes: readonly Pick<ViewNode, "id" | "kind" | "props">[]) {
  if (chain) return [chain];
  const count = new Map<string, number>();
  for (const n of nodes) {
    const id = n.kind === "Chain" ? n.id : n.kind === "Segment" ? n.props.chainId : undefined;
    if (typeof id === "string") count.set(id, (count.get(id) ?? 0) + (n.kind === "Segment" ? 1 : 0));
  }
  // Most segments in view first; ties by id, so the order is stable.
  return [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
}
