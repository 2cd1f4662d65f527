import { DISCONNECTED } from "./instance";

/**
 * Hop distances in the tie graph over ALL candidates of an instance (ineligible ones too: a path through a
 * non-local partner is still a real working relationship). BFS rows are computed on demand and cached,
 * so a solve only pays for the members it actually looks at.
 */
export class TieGraph {
  private readonly adjacency: number[][];
  private readonly rows = new Map<number, Int32Array>();

  constructor(
    readonly size: number,
    edges: Iterable<readonly [number, number]>,
  ) {
    this.adjacency = Array.from({ length: size }, () => []);
    const seen = new Set<number>();
    for (const [a, b] of edges) {
      if (a === b) continue;
      const key = a < b ? a * size + b : b * size + a;
      if (seen.has(key)) continue;
      seen.add(key);
      this.adjacency[a]!.push(b);
      this.adjacency[b]!.push(a);
    }
  }

  neighbours(node: number): readonly number[] {
    return this.adjacency[node]!;
  }

  /** Hop counts from `from` to every node; -1 where unreachable. */
  row(from: number): Int32Array {
    let row = this.rows.get(from);
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
      for (const other of this.adjacency[node]!) {
        if (row[other] !== -1) continue;
        row[other] = next;
        queue[tail++] = other;
      }
    }
    this.rows.set(from, row);
    return row;
  }

  /** The objective's distance: hops, or DISCONNECTED (10) when there is no path. */
  distance(a: number, b: number): number {
    if (a === b) return 0;
    const hops = this.row(a)[b]!;
    return hops < 0 ? DISCONNECTED : hops;
  }

  /** Shortest path as node indices (for explanations); null when unconnected. */
  path(from: number, to: number): number[] | null {
    const row = this.row(to);
    if (row[from]! < 0) return null;
    const out = [from];
    let node = from;
    while (node !== to) {
      node = this.adjacency[node]!.find((next) => row[next] === row[node]! - 1)!;
      out.push(node);
    }
    return out;
  }
}
