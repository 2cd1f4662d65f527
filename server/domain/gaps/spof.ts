// Single points of failure: organisations whose removal would turn a segment missing or weak (a worse label
// than it has now), and articulation points of the chain's local supply/collaboration graph. Betweenness on
// the same graph says "who holds the chain together".
import type { GapStatus, SpofEffect } from "../../contracts/gap-vocabulary";
import type { ChainIndex } from "./chain-index";
import { articulationPoints, betweenness, simpleGraph, type SimpleGraph } from "./graph-metrics";
import { enterpriseLabel, type SegmentResult } from "./rules";

const SEVERITY: Record<GapStatus, number> = { strong: 0, broken: 1, weak: 2, missing: 3 };

export interface Spof {
  orgId: string;
  effects: SpofEffect[];
}

/** Enterprises of E(S) whose removal alone makes S missing or weak when it was not already that bad. */
export function removalSpofs(index: ChainIndex, result: SegmentResult): Map<string, SpofEffect> {
  const out = new Map<string, SpofEffect>();
  const techs = index.segments.get(result.id)?.techs ?? [];
  const { enterprises, capable, research } = result.evidence;
  for (const orgId of enterprises) {
    const label = enterpriseLabel(
      enterprises.filter((id) => id !== orgId),
      capable.filter((id) => id !== orgId),
      techs,
      research,
    );
    if (label && SEVERITY[label.status] > SEVERITY[result.status]) out.set(orgId, label.status as SpofEffect);
  }
  return out;
}

/** The chain's local graph: E(S) ∪ R(S) of the segments in scope, joined by supplies/collaborates links. */
export function localGraph(index: ChainIndex, results: SegmentResult[]): SimpleGraph {
  const nodes = new Set(results.flatMap((r) => [...r.evidence.enterprises, ...r.evidence.research]));
  const pairs = [...nodes].flatMap((id) => index.linksOf(id).map((link) => [link[0], link[1]] as const));
  return simpleGraph(nodes, pairs);
}

export interface ChainHolders {
  articulation: string[];
  /** Organisations with betweenness > 0, highest first (ties by id), rounded to 4 decimals. */
  betweenness: { orgId: string; score: number }[];
}

export function chainHolders(graph: SimpleGraph): ChainHolders {
  const scores = [...betweenness(graph)]
    .map(([orgId, score]) => ({ orgId, score: Math.round(score * 10_000) / 10_000 }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || (a.orgId < b.orgId ? -1 : 1));
  return { articulation: articulationPoints(graph), betweenness: scores };
}

/** Per segment: removal SPOFs plus the articulation points among its own organisations. */
export function segmentSpofs(index: ChainIndex, result: SegmentResult, articulation: ReadonlySet<string>): Spof[] {
  const effects = new Map<string, SpofEffect[]>();
  for (const [orgId, effect] of removalSpofs(index, result)) effects.set(orgId, [effect]);
  for (const orgId of [...result.evidence.enterprises, ...result.evidence.research]) {
    if (articulation.has(orgId)) effects.set(orgId, [...(effects.get(orgId) ?? []), "articulation"]);
  }
  return [...effects].map(([orgId, list]) => ({ orgId, effects: list })).sort((a, b) => (a.orgId < b.orgId ? -1 : 1));
}
