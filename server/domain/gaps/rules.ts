// The published gap rules (docs/gaps.md), counting local organisations only:
//   missing: |E(S)| = 0 (reason research-only when R(S) is not empty)
//   weak:    not missing, and |E(S)| = 1, or S requires technologies and no enterprise of E(S) holds any
//   broken:  not missing or weak, S has a FEEDS neighbour, and no enterprise of E(S) supplies/collaborates
//            (either direction) with a local enterprise of a FEEDS-neighbour segment; an enterprise of E(S)
//            that is itself in a neighbour segment counts as linked (vertical integration)
//   strong:  otherwise.            Precedence: missing > weak > broken > strong.
import type { GapReason, GapStatus } from "../../contracts/gap-vocabulary";
import { ChainIndex, partnerOf } from "./chain-index";
import type { GapInstance, GapLink } from "./instance";

export interface NeighbourRef {
  id: string;
  direction: "up" | "down" | "both";
}

export interface SegmentEvidence {
  /** E(S) */
  enterprises: string[];
  /** R(S) */
  research: string[];
  /** Enterprises of E(S) holding a capability in one of S's required technologies. */
  capable: string[];
  neighbours: NeighbourRef[];
  /** Local enterprises of the FEEDS-neighbour segments. */
  neighbourEnterprises: string[];
  /** Supplies/collaborates links between E(S) and those enterprises (the links counted). */
  links: GapLink[];
  /** Enterprises of E(S) that are themselves in a neighbour segment. */
  integrated: string[];
  /** Organisations placed in S that the rules ignore because they are not local. */
  nonLocal: string[];
}

export interface SegmentLabel {
  id: string;
  status: GapStatus;
  reasons: GapReason[];
}

export interface SegmentResult extends SegmentLabel {
  evidence: SegmentEvidence;
}

/** The enterprise-only part of the rules (missing/weak): shared with the single-point-of-failure check. */
export function enterpriseLabel(
  enterprises: string[],
  capable: string[],
  techs: readonly string[],
  research: string[],
): Omit<SegmentLabel, "id"> | null {
  if (enterprises.length === 0)
    return {
      status: "missing",
      reasons: research.length ? ["no-local-enterprise", "research-only"] : ["no-local-enterprise"],
    };
  const reasons: GapReason[] = [];
  if (enterprises.length === 1) reasons.push("single-source");
  if (techs.length > 0 && capable.length === 0) reasons.push("no-enterprise-capability");
  return reasons.length ? { status: "weak", reasons } : null;
}

function neighbourRefs(index: ChainIndex, segmentId: string): NeighbourRef[] {
  const up = new Set(index.upstreamOf(segmentId));
  const down = new Set(index.downstreamOf(segmentId));
  return index
    .neighbours(segmentId)
    .map((id) => ({ id, direction: up.has(id) && down.has(id) ? "both" : up.has(id) ? "up" : "down" }));
}

export function evaluateSegment(index: ChainIndex, segmentId: string): SegmentResult {
  const segment = index.segments.get(segmentId);
  if (!segment) throw new Error(`unknown segment ${segmentId}`);
  const enterprises = index.enterprises(segmentId);
  const research = index.research(segmentId);
  const capable = enterprises.filter((id) => index.holds(id, segment.techs).length > 0);
  const neighbours = neighbourRefs(index, segmentId);
  const neighbourSet = new Set(neighbours.flatMap((n) => index.enterprises(n.id)));
  const integrated = enterprises.filter((id) => neighbourSet.has(id));
  const links = enterprises.flatMap((id) => index.linksOf(id).filter((link) => neighbourSet.has(partnerOf(link, id))));
  const uniqueLinks = [...new Set(links)];
  const nonLocal = index.membersOf(segmentId).filter((id) => index.orgs.get(id)?.local === false);
  const evidence: SegmentEvidence = {
    enterprises,
    research,
    capable,
    neighbours,
    neighbourEnterprises: [...neighbourSet].sort(),
    links: uniqueLinks,
    integrated,
    nonLocal,
  };

  const early = enterpriseLabel(enterprises, capable, segment.techs, research);
  if (early) return { id: segmentId, ...early, evidence };
  if (neighbours.length > 0 && integrated.length === 0 && uniqueLinks.length === 0) {
    return { id: segmentId, status: "broken", reasons: ["no-neighbour-link"], evidence };
  }
  const reasons: GapReason[] = [
    "multiple-enterprises",
    segment.techs.length ? "enterprise-capability" : "no-required-technologies",
  ];
  if (neighbours.length === 0) reasons.push("no-feeds-neighbour");
  if (uniqueLinks.length > 0) reasons.push("linked-to-neighbour");
  if (integrated.length > 0) reasons.push("vertical-integration");
  return { id: segmentId, status: "strong", reasons, evidence };
}

/** Labels of every segment of the instance (or of `scope`), in the instance's order. */
export function evaluateChain(instance: GapInstance | ChainIndex, scope?: readonly string[]): SegmentResult[] {
  const index = instance instanceof ChainIndex ? instance : new ChainIndex(instance);
  const ids = scope ?? index.instance.segments.map((s) => s.id);
  return ids.map((id) => evaluateSegment(index, id));
}

export const labelsOnly = (results: SegmentResult[]): SegmentLabel[] =>
  results.map(({ id, status, reasons }) => ({ id, status, reasons }));
