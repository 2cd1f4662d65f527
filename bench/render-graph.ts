import { seededRandom } from "../server/contracts/random";
import { NODE_KINDS, REL_TYPES } from "../server/contracts/model";

export interface BenchNode {
  id: string;
  kind: string;
  label: string;
  degree: number;
}

export interface BenchLink {
  id: string;
  type: string;
  source: string;
  target: string;
}

/**
 * A deterministic synthetic graph for the render benchmark: `n` nodes in communities of ~40, about
 * `perNode` links per node (mostly inside the community, some preferential links to hubs across), kinds
 * and relationship types drawn from the real vocabulary, a few illustrative ones. Same seed, same graph.
 */
export function benchGraph(n: number, perNode = 3, seed = 42): { nodes: BenchNode[]; links: BenchLink[] } {
  const random = seededRandom(seed);
  const nodes: BenchNode[] = Array.from({ length: n }, (_, i) => ({
    id: `b:${i}`,
    kind: NODE_KINDS[Math.floor(random() * random() * NODE_KINDS.length)]!,
    label: `合成节点${i}号科技有限公司`,
    degree: 0,
  }));
  const links: BenchLink[] = [];
  const seen = new Set<string>();
  const community = 40;
  for (let i = 0; links.length < n * perNode && i < n * perNode * 3; i++) {
    const a = Math.floor(random() * n);
    const local = random() < 0.8;
    const b = local
      ? Math.min(n - 1, Math.floor(a / community) * community + Math.floor(random() * community))
      : Math.floor(Math.pow(random(), 3) * n);
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    const type = REL_TYPES[Math.floor(random() * REL_TYPES.length)]!;
    links.push({ id: `${type}:${a}->${b}`, type, source: `b:${a}`, target: `b:${b}` });
    nodes[a]!.degree++;
    nodes[b]!.degree++;
  }
  return { nodes, links };
}
