import { DISCONNECTED } from "./instance";

/**
 * Hop distances in the tie graph over ALL candidates of an instance (ineligible ones too: a path through a
 * non-local partner is still a real working relationship). BFS rows are computed on demand and cached,
 * so a solve only pays for the members it actually looks at.
 */
export class TieGraph {
  /** Compressed adjacency: the neighbours of node i are targets[offsets[i] .. offsets[i + 1]). */
  private readonly offsets: Int32Array;
  private readonly targets: Int32Array;
  private readonly rows: (Int32Array | undefined)[] = [];

  constructor(
    readonly size: number,
    edges: readonly (readonly [number, number])[] | Int32Array,
  ) {
    const flat = edges instanceof Int32Array ? edges : Int32Array.from(edges.flat());
    // Two ties between the same pair (say, a collaboration and a shared project) are simply listed twice:
    // breadth-first search skips what it has seen, so distances are unaffected.
    const degree = new Int32Array(size + 1);
    for (let e = 0; e < flat.length; e += 2) {
      const a = flat[e]!;
      const b = flat[e + 1]!;
      if (a === b) continue;
      degree[a]!++;
      degree[b]!++;
    }
    this.offsets = new Int32Array(size + 1);
    for (let i = 0; i < size; i++) this.offsets[i + 1] = this.offsets[i]! + degree[i]!;
    this.targets = new Int32Array(this.offsets[size]!);
    const fill = this.offsets.slice(0, size);
    for (let e = 0; e < flat.length; e += 2) {
      const a = flat[e]!;
      const b = flat[e + 1]!;
      if (a === b) continue;
      this.targets[fill[a]!++] = b;
      this.targets[fill[b]!++] = a;
    }
  }

  neighbours(node: number): Int32Array {
    return this.targets.subarray(this.offsets[node]!, this.offsets[node + 1]!);
  }

  /** Hop counts from `from` to every node; -1 where unreachable. */
  row(from: number): Int32Array {
    let row = this.rows[from];
    if (row) return row;
    row = new Int32Array(this.size).fill(-1);
    row[from] = 0;
    const queue = new Int32Array(this.size);
    let head = 0;
    let tail = 0;
    queue[tail++] = from;
    while (head < tail) {
      const node = queue[head++]!;
      const next = row[node]! + 1;
      for (let k = this.offsets[node]!, end = this.offsets[node + 1]!; k < end; k++) {
        const other = this.targets[k]!;
        if (row[other] !== -1) continue;
        row[other] = next;
        queue[tail++] = other;
      }
    }
    this.rows[from] = row;
    return row;
  }

  /** The objective's distance: hops, or DISCONNECTED (10) when there is no path. Symmetric, so a row
   * already computed for either end answers it without another breadth-first search. */
  distance(a: number, b: number): number {
    if (a === b) return 0;
    const known = this.rows[a] ?? this.rows[b];
    const hops = known ? known[known === this.rows[a] ? b : a]! : this.row(a)[b]!;
    return hops < 0 ? DISCONNECTED : hops;
  }

  /**
   * Total weight of a minimum spanning tree over `members` (Prim, O(n²) for a dozen members). Distances
   * come from rows already computed where possible: a candidate tried in a swap needs no search of its own.
   */
  treeCost(members: readonly number[]): number {
    const n = members.length;
    if (n <= 1) return 0;
    const best = new Float64Array(n).fill(Infinity);
    const done = new Uint8Array(n);
    let current = 0;
    done[0] = 1;
    let cost = 0;
    for (let step = 1; step < n; step++) {
      let pick = -1;
      for (let i = 0; i < n; i++) {
        if (done[i]) continue;
        const d = this.distance(members[current]!, members[i]!);
        if (d < best[i]!) best[i] = d;
        if (pick < 0 || best[i]! < best[pick]!) pick = i;
      }
      done[pick] = 1;
      cost += best[pick]!;
      current = pick;
    }
    return cost;
  }

  /** Shortest path as node indices (for explanations); null when unconnected. Uses the cached row of `from`. */
  path(from: number, to: number): number[] | null {
    const row = this.row(from);
    if (row[to]! < 0) return null;
    const out = [to];
    let node = to;
    while (node !== from) {
      node = this.neighbours(node).find((previous) => row[previous] === row[node]! - 1)!;
      out.push(node);
    }
    return out.reverse();
  }
}
