// Articulation points and betweenness on a small undirected graph given as sorted node ids and index
// adjacency lists. Iterative (no recursion limit on long supply paths) and deterministic.

export interface SimpleGraph {
  nodes: string[];
  /** adjacency[i] = indices of i's neighbours, without duplicates or self-loops */
  adjacency: number[][];
}

/** Build from id pairs; pairs naming unknown nodes or a node twice are dropped. */
export function simpleGraph(nodes: Iterable<string>, pairs: Iterable<readonly [string, string]>): SimpleGraph {
  const sorted = [...new Set(nodes)].sort();
  const position = new Map(sorted.map((id, i) => [id, i]));
  const sets = sorted.map(() => new Set<number>());
  for (const [a, b] of pairs) {
    const i = position.get(a);
    const j = position.get(b);
    if (i === undefined || j === undefined || i === j) continue;
    sets[i]!.add(j);
    sets[j]!.add(i);
  }
  return { nodes: sorted, adjacency: sets.map((set) => [...set].sort((x, y) => x - y)) };
}

/** Nodes whose removal disconnects their connected component (Tarjan's low-link, iterative DFS). */
export function articulationPoints(graph: SimpleGraph): string[] {
  const n = graph.nodes.length;
  const discovered = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const parent = new Array<number>(n).fill(-1);
  const cut = new Array<boolean>(n).fill(false);
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (discovered[root] !== -1) continue;
    let rootChildren = 0;
    const stack: { node: number; next: number }[] = [{ node: root, next: 0 }];
    discovered[root] = low[root] = time++;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const neighbours = graph.adjacency[frame.node]!;
      if (frame.next < neighbours.length) {
        const next = neighbours[frame.next++]!;
        if (discovered[next] === -1) {
          parent[next] = frame.node;
          if (frame.node === root) rootChildren++;
          discovered[next] = low[next] = time++;
          stack.push({ node: next, next: 0 });
        } else if (next !== parent[frame.node]) {
          low[frame.node] = Math.min(low[frame.node]!, discovered[next]!);
        }
        continue;
      }
      stack.pop();
      const up = parent[frame.node]!;
      if (up === -1) continue;
      low[up] = Math.min(low[up]!, low[frame.node]!);
      if (up !== root && low[frame.node]! >= discovered[up]!) cut[up] = true;
    }
    if (rootChildren > 1) cut[root] = true;
  }
  return graph.nodes.filter((_, i) => cut[i]);
}

/**
 * Brandes' betweenness centrality, unweighted and undirected, normalised to 0..1 by (n-1)(n-2)/2 pairs
 * (so graphs of different sizes compare). Sources are visited in id order, so sums are reproducible.
 */
export function betweenness(graph: SimpleGraph): Map<string, number> {
  const n = graph.nodes.length;
  const score = new Float64Array(n);
  const sigma = new Float64Array(n);
  const distance = new Int32Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  const queue = new Int32Array(n);
  for (let source = 0; source < n; source++) {
    if (graph.adjacency[source]!.length === 0) continue;
    sigma.fill(0);
    distance.fill(-1);
    delta.fill(0);
    sigma[source] = 1;
    distance[source] = 0;
    let head = 0;
    let tail = 0;
    let visited = 0;
    queue[tail++] = source;
    while (head < tail) {
      const v = queue[head++]!;
      order[visited++] = v;
      for (const w of graph.adjacency[v]!) {
        if (distance[w] === -1) {
          distance[w] = distance[v]! + 1;
          queue[tail++] = w;
        }
        if (distance[w] === distance[v]! + 1) sigma[w] = sigma[w]! + sigma[v]!;
      }
    }
    for (let k = visited - 1; k > 0; k--) {
      const w = order[k]!;
      for (const v of graph.adjacency[w]!) {
        if (distance[v] === distance[w]! - 1) delta[v] = delta[v]! + (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      }
      score[w] = score[w]! + delta[w]!;
    }
  }
  // Each undirected pair was counted from both ends: halve, then divide by the number of pairs.
  const pairs = ((n - 1) * (n - 2)) / 2;
  return new Map(graph.nodes.map((id, i) => [id, pairs > 0 ? score[i]! / 2 / pairs : 0]));
}
