// Rows read from Neo4j → the gap instance the pure rules take (the CLI's format), plus what the API needs
// around it: which segments belong to which chain, and names of segments and technologies.
import { byId as compareIds, ChainIndex } from "../../domain/gaps/chain-index";
import { GAP_ORG_KINDS, type GapInstance, type GapLink, type GapOrgKind } from "../../domain/gaps/instance";
import type { ChainData, SegmentRow } from "./chains.repo";

export interface LoadedChains {
  instance: GapInstance;
  index: ChainIndex;
  segments: Map<string, SegmentRow>;
  techNames: Map<string, { id: string; name: string; nameEn: string | null }>;
}

const flowOrder = (a: SegmentRow, b: SegmentRow) =>
  (a.chainId ?? "").localeCompare(b.chainId ?? "") || a.order - b.order || (a.id < b.id ? -1 : 1);

export function buildInstance(data: ChainData): LoadedChains {
  const segments = [...data.segments].sort(flowOrder);
  const segmentIds = new Set(segments.map((s) => s.id));
  const orgIds = new Set(data.orgs.map((o) => o.id));
  // Sorted: evidence lists follow the instance's order, and Cypher returns collected rows in no fixed order.
  // Two stored links of one type between the same pair (e.g. two collaborations) are one link to the rules.
  const links = data.links
    .filter((row) => orgIds.has(row.target))
    .map((row): GapLink => [row.source, row.target, row.type === "SUPPLIES" ? "SUPPLIES" : "COLLABORATES"])
    .sort((a, b) => compareIds(a[0], b[0]) || compareIds(a[1], b[1]) || compareIds(a[2], b[2]))
    .filter((link, i, all) => i === 0 || link.some((part, k) => part !== all[i - 1]![k]));
  const techNames = new Map(segments.flatMap((s) => s.techs.map((t) => [t.id, t] as const)));
  const instance: GapInstance = {
    segments: segments.map((s) => ({
      id: s.id,
      name: s.name,
      order: s.order,
      stage: s.stage,
      techs: s.techs.map((t) => t.id),
    })),
    feeds: segments.flatMap((s) =>
      s.feeds.filter((to) => segmentIds.has(to)).map((to): [string, string] => [s.id, to]),
    ),
    orgs: [...data.orgs]
      .sort((a, b) => compareIds(a.id, b.id))
      .filter((row) => (GAP_ORG_KINDS as readonly string[]).includes(row.kind))
      .map((row) => ({
        id: row.id,
        kind: row.kind as GapOrgKind,
        // An organisation that does not say it is local is not counted as local.
        local: row.local === true,
        segments: [...new Set(row.segments)],
        capabilities: [...new Set(row.capabilities)],
      })),
    links,
  };
  return { instance, index: new ChainIndex(instance), segments: new Map(segments.map((s) => [s.id, s])), techNames };
}

/** The chain's own segments in flow order (the instance may also hold neighbours from other chains). */
export function scopeOf(loaded: LoadedChains, chainId: string): string[] {
  return loaded.instance.segments.filter((s) => loaded.segments.get(s.id)?.chainId === chainId).map((s) => s.id);
}
