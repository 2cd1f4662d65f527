import { describe, expect, it } from "vitest";
import { seededRandom } from "../../server/contracts/random";
import { articulationPoints, betweenness, simpleGraph, type SimpleGraph } from "../../server/domain/gaps/graph-metrics";

const graph = (edges: string, extra: string[] = []) =>
  simpleGraph(
    [...edges.split(" ").flatMap((e) => e.split("-")), ...extra],
    edges.split(" ").map((e) => e.split("-") as [string, string]),
  );
const round = (scores: Map<string, number>) =>
  Object.fromEntries([...scores].map(([id, s]) => [id, Math.round(s * 1e4) / 1e4]));

/** Independent check: betweenness from all-pairs BFS path counts (σst(v) = σsv·σvt when v is on a shortest path). */
function bruteBetweenness(g: SimpleGraph): number[] {
  const n = g.nodes.length;
  const bfs = (s: number) => {
    const dist = new Array<number>(n).fill(-1);
    const count = new Array<number>(n).fill(0);
    dist[s] = 0;
    count[s] = 1;
    const queue = [s];
    for (let i = 0; i < queue.length; i++) {
      const v = queue[i]!;
      for (const w of g.adjacency[v]!) {
        if (dist[w] === -1) {
          dist[w] = dist[v]! + 1;
          queue.push(w);
        }
        if (dist[w] === dist[v]! + 1) count[w] = count[w]! + count[v]!;
      }
    }
    return { dist, count };
  };
  const all = g.nodes.map((_, s) => bfs(s));
  const score = new Array<number>(n).fill(0);
  for (let s = 0; s < n; s++)
    for (let t = s + 1; t < n; t++) {
      const d = all[s]!.dist[t]!;
      if (d <= 0) continue;
      for (let v = 0; v < n; v++) {
        if (v === s || v === t) continue;
        if (all[s]!.dist[v]! >= 0 && all[s]!.dist[v]! + all[v]!.dist[t]! === d)
          score[v] = score[v]! + (all[s]!.count[v]! * all[v]!.count[t]!) / all[s]!.count[t]!;
      }
    }
  const pairs = ((n - 1) * (n - 2)) / 2;
  return score.map((x) => (pairs > 0 ? x / pairs : 0));
}

function components(g: SimpleGraph, without: number): number {
  const seen = new Set<number>([without]);
  let count = 0;
  for (let i = 0; i < g.nodes.length; i++) {
    if (seen.has(i)) continue;
    count++;
    const stack = [i];
    seen.add(i);
    while (stack.length)
      for (const w of g.adjacency[stack.pop()!]!)
        if (!seen.has(w)) {
          seen.add(w);
          stack.push(w);
        }
  }
  return count;
}

describe("articulation points", () => {
  it("finds the inner nodes of a path, the centre of a star, none in a cycle", () => {
    expect(articulationPoints(graph("a-b b-c c-d"))).toEqual(["b", "c"]);
    expect(articulationPoints(graph("x-a x-b x-c x-d"))).toEqual(["x"]);
    expect(articulationPoints(graph("a-b b-c c-d d-a"))).toEqual([]);
  });

  it("finds the bridge ends between two triangles, and ignores isolated nodes", () => {
    expect(articulationPoints(graph("a-b b-c c-a c-d d-e e-f f-d", ["lonely"]))).toEqual(["c", "d"]);
  });

  it("agrees with removing each node on random graphs", () => {
    const random = seededRandom(7);
    for (let round = 0; round < 20; round++) {
      const nodes = Array.from({ length: 25 }, (_, i) => `n${String(i).padStart(2, "0")}`);
      const pairs = Array.from(
        { length: 28 },
        () => [nodes[Math.floor(random() * 25)]!, nodes[Math.floor(random() * 25)]!] as [string, string],
      );
      const g = simpleGraph(nodes, pairs);
      const base = components(g, -1);
      const expected = g.nodes.filter((_, i) => g.adjacency[i]!.length > 0 && components(g, i) > base);
      expect(articulationPoints(g)).toEqual(expected);
    }
  });
});

describe("betweenness", () => {
  it("matches hand-computed values on a path, a star and a square", () => {
    expect(round(betweenness(graph("a-b b-c c-d")))).toEqual({ a: 0, b: 0.6667, c: 0.6667, d: 0 });
    expect(round(betweenness(graph("x-a x-b x-c x-d"))).x).toBe(1);
    expect(round(betweenness(graph("a-b b-c c-d d-a")))).toEqual({ a: 0.1667, b: 0.1667, c: 0.1667, d: 0.1667 });
  });

  it("agrees with all-pairs path counting on random graphs", () => {
    const random = seededRandom(11);
    for (let round = 0; round < 10; round++) {
      const nodes = Array.from({ length: 30 }, (_, i) => `n${String(i).padStart(2, "0")}`);
      const pairs = Array.from(
        { length: 50 },
        () => [nodes[Math.floor(random() * 30)]!, nodes[Math.floor(random() * 30)]!] as [string, string],
      );
      const g = simpleGraph(nodes, pairs);
      const fast = betweenness(g);
      bruteBetweenness(g).forEach((value, i) => expect(fast.get(g.nodes[i]!)).toBeCloseTo(value, 9));
    }
  });
});
