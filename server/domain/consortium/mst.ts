/** An edge of the spanning tree, by position in the member list. */
export interface TreeEdge {
  a: number;
  b: number;
  distance: number;
}

/**
 * Minimum spanning tree over a complete graph of `n` members (Prim, O(n²): members are at most a dozen).
 * Ties between equal edges go to the lower index, so the tree drawn in the UI is deterministic.
 */
export function minimumSpanningTree(
  n: number,
  distance: (i: number, j: number) => number,
): { cost: number; edges: TreeEdge[] } {
  if (n <= 1) return { cost: 0, edges: [] };
  const inTree = new Array<boolean>(n).fill(false);
  const best = new Array<number>(n).fill(Infinity);
  const parent = new Array<number>(n).fill(-1);
  best[0] = 0;
  let cost = 0;
  const edges: TreeEdge[] = [];
  for (let step = 0; step < n; step++) {
    let pick = -1;
    for (let i = 0; i < n; i++) if (!inTree[i] && (pick < 0 || best[i]! < best[pick]!)) pick = i;
    inTree[pick] = true;
    if (parent[pick]! >= 0) {
      cost += best[pick]!;
      edges.push({ a: parent[pick]!, b: pick, distance: best[pick]! });
    }
    for (let i = 0; i < n; i++) {
      if (inTree[i]) continue;
      const d = distance(pick, i);
      if (d < best[i]!) {
        best[i] = d;
        parent[i] = pick;
      }
    }
  }
  return { cost, edges };
}
