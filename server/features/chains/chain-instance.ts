// Rows read from Neo4j → the gap instance the pure rules take (the CLI's format), plus what the API needs
// around it: which segments belong to which chain, names, and the provenance of organisations and links.
import { ChainIndex } from "../../domain/gaps/chain-index";
import { GAP_ORG_KINDS, type GapInstance, type GapLink, type GapOrgKind } from "../../domain/gaps/instance";
import type { ChainData, SegmentRow } from "./chains.repo";

type Stored = Record<string, unknown>;

export interface LoadedChains {
  instance: GapInstance;
  index: ChainIndex;
  segments: Map<string, SegmentRow>;
  orgNodes: Map<string, Stored>;
  /** Provenance-bearing properties of the first stored link per (source, target, type). */
  linkProps: Map<string, Stored>;
  techNames: Map<string, { id: string; name: string; nameEn: string | null }>;
}

export const linkKey = (link: GapLink) => `${link[0]}\u0000${link[1]}\u0000${link[2]}`;

const flowOrder = (a: SegmentRow, b: SegmentRow) =>
  (a.chainId ?? "").localeCompare(b.chainId ?? "") || a.order - b.order || (a.id < b.id ? -1 : 1);

export function buildInstance(data: ChainData): LoadedChains {
  const segments = [...data.segments].sort(flowOrder);
  const segmentIds = new Set(segments.map((s) => s.id));
  const orgNodes = new Map(data.orgs.map((row) => [String(row.node.id), row.node]));
  const linkProps = new Map<string, Stored>();
  const links: GapLink[] = [];
  for (const row of data.links) {
    const link: GapLink = [row.source, row.target, row.type === "SUPPLIES" ? "SUPPLIES" : "COLLABORATES"];
    const key = linkKey(link);
    if (!linkProps.has(key)) linkProps.set(key, row.props);
    links.push(link);
  }
  const techNames = new Map(segments.flatMap((s) => s.techs.map((t) => [t.id, t] as const)));
  const instance: GapInstance = {
    segments: segments.map((s) => ({ id: s.id, name: s.name, order: s.order, stage: s.stage, techs: s.techs.map((t) => t.id) })),
    feeds: segments.flatMap((s) => s.feeds.filter((to) => segmentIds.has(to)).map((to): [string, string] => [s.id, to])),
    orgs: data.orgs
      .filter((row) => (GAP_ORG_KINDS as readonly unknown[]).includes(row.node.kind))
      .map((row) => ({
        id: String(row.node.id),
        kind: row.node.kind as GapOrgKind,
        // An organisation that does not say it is local is not counted as local.
        local: row.node.local === true,
        segments: row.segments,
        capabilities: row.capabilities,
      })),
    links,
  };
  return { instance, index: new ChainIndex(instance), segments: new Map(segments.map((s) => [s.id, s])), orgNodes, linkProps, techNames };
}

/** The chain's own segments in flow order (the instance may also hold neighbours from other chains). */
export function scopeOf(loaded: LoadedChains, chainId: string): string[] {
  return loaded.instance.segments.filter((s) => loaded.segments.get(s.id)?.chainId === chainId).map((s) => s.id);
}
