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

/**
 * What the rules decide on, per segment: counts and yes/no facts only. The per-chain report derives them from
 * its evidence lists (evaluateSegment); the all-chains summary reads them as aggregates from Neo4j
 * (cypher/chains/segment-facts.cypher), so both run this one decision.
 */
export interface SegmentFacts {
  /** |E(S)| */
  enterprises: number;
  /** |R(S)| */
  research: number;
  /** Some enterprise of E(S) holds one of S's required technologies. */
  capable: boolean;
  /** How many technologies S requires. */
  techs: number;
  /** S has a FEEDS neighbour (either direction, not itself). */
  hasNeighbour: boolean;
  /** A supplies/collaborates link between E(S) and a local enterprise of a FEEDS neighbour. */
  linked: boolean;
  /** An enterprise of E(S) is itself in a FEEDS neighbour. */
  integrated: boolean;
}

type Decision = Omit<SegmentLabel, "id">;

function enterpriseDecision(facts: Pick<SegmentFacts, "enterprises" | "research" | "capable" | "techs">) {
  if (facts.enterprises === 0)
    return {
      status: "missing",
      reasons: facts.research ? ["no-local-enterprise", "research-only"] : ["no-local-enterprise"],
    } satisfies Decision;
  const reasons: GapReason[] = [];
  if (facts.enterprises === 1) reasons.push("single-source");
  if (facts.techs > 0 && !facts.capable) reasons.push("no-enterprise-capability");
  return reasons.length ? ({ status: "weak", reasons } satisfies Decision) : null;
}

/** The enterprise-only part of the rules (missing/weak): shared with the single-point-of-failure check. */
export function enterpriseLabel(
  enterprises: string[],
  capable: string[],
  techs: readonly string[],
  research: string[],
): Decision | null {
  return enterpriseDecision({
    enterprises: enterprises.length,
    capable: capable.length > 0,
    techs: techs.length,
    research: research.length,
  });
}

/** The label and reasons from a segment's facts (precedence missing > weak > broken > strong). */
export function decideLabel(facts: SegmentFacts): Decision {
  const early = enterpriseDecision(facts);
  if (early) return early;
  if (facts.hasNeighbour && !facts.integrated && !facts.linked) {
    return { status: "broken", reasons: ["no-neighbour-link"] };
  }
  const reasons: GapReason[] = [
    "multiple-enterprises",
    facts.techs ? "enterprise-capability" : "no-required-technologies",
  ];
  if (!facts.hasNeighbour) reasons.push("no-feeds-neighbour");
  if (facts.linked) reasons.push("linked-to-neighbour");
  if (facts.integrated) reasons.push("vertical-integration");
  return { status: "strong", reasons };
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

  const decision = decideLabel({
    enterprises: enterprises.length,
    research: research.length,
    capable: capable.length > 0,
    techs: segment.techs.length,
    hasNeighbour: neighbours.length > 0,
    linked: uniqueLinks.length > 0,
    integrated: integrated.length > 0,
  });
  return { id: segmentId, ...decision, evidence };
}

/** Labels of every segment of the instance (or of `scope`), in the instance's order. */
export function evaluateChain(instance: GapInstance | ChainIndex, scope?: readonly string[]): SegmentResult[] {
  const index = instance instanceof ChainIndex ? instance : new ChainIndex(instance);
  const ids = scope ?? index.instance.segments.map((s) => s.id);
  return ids.map((id) => evaluateSegment(index, id));
}

export const labelsOnly = (results: SegmentResult[]): SegmentLabel[] =>
  results.map(({ id, status, reasons }) => ({ id, status, reasons }));
