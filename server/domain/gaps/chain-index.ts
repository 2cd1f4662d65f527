import { GAP_RESEARCH_KINDS, type GapInstance, type GapLink, type GapOrg, type GapSegment } from "./instance";

const RESEARCH_KINDS = new Set<GapOrg["kind"]>(GAP_RESEARCH_KINDS);

export const isLocalEnterprise = (org: GapOrg | undefined) => org?.local === true && org.kind === "Enterprise";
export const isLocalResearch = (org: GapOrg | undefined) => org?.local === true && RESEARCH_KINDS.has(org.kind);

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Look-ups the rules need, built once per instance: organisations per segment, FEEDS neighbours, holders of
 * each technology and the (undirected) supply/collaboration links of each organisation. Lists are sorted by
 * id so every result derived from them is deterministic.
 */
export class ChainIndex {
  readonly segments = new Map<string, GapSegment>();
  readonly orgs = new Map<string, GapOrg>();
  private readonly members = new Map<string, string[]>();
  private readonly upstream = new Map<string, Set<string>>();
  private readonly downstream = new Map<string, Set<string>>();
  private readonly holders = new Map<string, string[]>();
  private readonly adjacent = new Map<string, GapLink[]>();
  private readonly capabilities = new Map<string, Set<string>>();

  constructor(readonly instance: GapInstance) {
    for (const segment of instance.segments) this.segments.set(segment.id, segment);
    for (const org of [...instance.orgs].sort((a, b) => byId(a.id, b.id))) {
      this.orgs.set(org.id, org);
      this.capabilities.set(org.id, new Set(org.capabilities));
      for (const segment of new Set(org.segments)) push(this.members, segment, org.id);
      for (const tech of new Set(org.capabilities)) push(this.holders, tech, org.id);
    }
    for (const [from, to] of instance.feeds) {
      // A segment is not its own upstream or downstream: a FEEDS self-loop says nothing about the chain.
      if (from === to) continue;
      (this.downstream.get(from) ?? this.downstream.set(from, new Set()).get(from)!).add(to);
      (this.upstream.get(to) ?? this.upstream.set(to, new Set()).get(to)!).add(from);
    }
    for (const link of instance.links) {
      push(this.adjacent, link[0], link);
      if (link[1] !== link[0]) push(this.adjacent, link[1], link);
    }
  }

  /** Every organisation placed in the segment (local or not, any kind). */
  membersOf(segmentId: string): string[] {
    return this.members.get(segmentId) ?? [];
  }

  /** E(S): local enterprises in the segment. */
  enterprises(segmentId: string): string[] {
    return this.membersOf(segmentId).filter((id) => isLocalEnterprise(this.orgs.get(id)));
  }

  /** R(S): local universities, institutes and platforms in S or holding one of S's required technologies. */
  research(segmentId: string): string[] {
    const segment = this.segments.get(segmentId);
    const found = new Set(this.membersOf(segmentId));
    for (const tech of segment?.techs ?? []) for (const id of this.holdersOf(tech)) found.add(id);
    return [...found].filter((id) => isLocalResearch(this.orgs.get(id))).sort(byId);
  }

  holdersOf(techId: string): string[] {
    return this.holders.get(techId) ?? [];
  }

  holds(orgId: string, techs: readonly string[]): string[] {
    const caps = this.capabilities.get(orgId);
    return caps ? techs.filter((tech) => caps.has(tech)) : [];
  }

  upstreamOf(segmentId: string): string[] {
    return [...(this.upstream.get(segmentId) ?? [])].sort(byId);
  }

  downstreamOf(segmentId: string): string[] {
    return [...(this.downstream.get(segmentId) ?? [])].sort(byId);
  }

  /** FEEDS neighbours in either direction (a segment in a FEEDS cycle with S is listed once). */
  neighbours(segmentId: string): string[] {
    return [...new Set([...this.upstreamOf(segmentId), ...this.downstreamOf(segmentId)])].sort(byId);
  }

  /** Supplies/collaborates links touching an organisation, in either direction. */
  linksOf(orgId: string): GapLink[] {
    return this.adjacent.get(orgId) ?? [];
  }
}

export function partnerOf(link: GapLink, orgId: string): string {
  return link[0] === orgId ? link[1] : link[0];
}

export { byId };
