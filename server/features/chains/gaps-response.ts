// A chain report from the pure rules → the API's response: names, provenance of every organisation and
// link the report mentions, and the chain's counts per status.
import type { EvidenceLink, GapsResponse, OrgRef, SegmentGap, StatusCounts } from "../../contracts/chains";
import type { OrgKind } from "../../contracts/model";
import type { ChainReport, SegmentReport } from "../../domain/gaps/report";
import type { SegmentLabel } from "../../domain/gaps/rules";
import { toGraphLink, toGraphNode } from "../../shared/entity-mapper";
import { linkKey, type LoadedChains } from "./chain-instance";

/** Betweenness is shown as a ranking; the long tail of small scores only bloats the response. */
const BETWEENNESS_SHOWN = 20;

export const named = (row: { id: string; name: string; nameEn?: string | null }) => ({
  id: row.id,
  name: row.name,
  ...(row.nameEn ? { nameEn: row.nameEn } : {}),
});

export function statusCounts(labels: SegmentLabel[]): StatusCounts {
  const counts: StatusCounts = { missing: 0, weak: 0, broken: 0, strong: 0 };
  for (const label of labels) counts[label.status]++;
  return counts;
}

export function segmentInfo(loaded: LoadedChains, id: string) {
  const row = loaded.segments.get(id)!;
  return { ...named(row), stage: row.stage, order: row.order, techs: row.techs.map((t) => t.id) };
}

function evidenceLink(loaded: LoadedChains, link: SegmentReport["evidence"]["links"][number]): EvidenceLink {
  const props = loaded.linkProps.get(linkKey(link)) ?? {};
  const stored = toGraphLink({ id: null, type: link[2], source: link[0], target: link[1], props });
  return { source: link[0], target: link[1], type: link[2], provenance: stored.provenance };
}

function segmentGap(loaded: LoadedChains, segment: SegmentReport): SegmentGap {
  const { evidence } = segment;
  return {
    ...segmentInfo(loaded, segment.id),
    status: segment.status,
    reasons: segment.reasons,
    enterprises: evidence.enterprises,
    research: evidence.research,
    spof: segment.spof.map((s) => s.orgId),
    spofDetail: segment.spof,
    remedies: segment.remedies,
    evidence: {
      capable: evidence.capable,
      neighbours: evidence.neighbours.map((n) => {
        const row = loaded.segments.get(n.id)!;
        return { ...named(row), ...(row.chainId ? { chainId: row.chainId } : {}), direction: n.direction };
      }),
      neighbourEnterprises: evidence.neighbourEnterprises,
      links: evidence.links.map((link) => evidenceLink(loaded, link)),
      integrated: evidence.integrated,
      nonLocal: evidence.nonLocal,
    },
  };
}

/** Every organisation id a segment's gap refers to (for the response's organisation list). */
function mentionedBy(segment: SegmentGap): string[] {
  const { evidence } = segment;
  return [
    ...segment.enterprises, ...segment.research, ...segment.spof, ...evidence.neighbourEnterprises, ...evidence.nonLocal,
    ...segment.remedies.flatMap((r) => [r.orgId, ...r.basis.ties]),
  ];
}

function orgRef(loaded: LoadedChains, id: string): OrgRef {
  const node = toGraphNode(loaded.orgNodes.get(id) ?? { id });
  return { ...named(node), kind: node.kind as OrgKind, local: node.props.local === true, provenance: node.provenance };
}

export function toGapsResponse(chain: { id: string; name: string; nameEn?: string | null }, loaded: LoadedChains, report: ChainReport): GapsResponse {
  const segments = report.segments.map((segment) => segmentGap(loaded, segment));
  const holders = { articulation: report.holders.articulation, betweenness: report.holders.betweenness.slice(0, BETWEENNESS_SHOWN) };
  const mentioned = new Set([...segments.flatMap(mentionedBy), ...holders.articulation, ...holders.betweenness.map((b) => b.orgId)]);
  const techs = new Set(segments.flatMap((s) => s.techs));
  return {
    chain: named(chain),
    counts: statusCounts(report.segments),
    segments,
    holders,
    orgs: [...mentioned].sort().map((id) => orgRef(loaded, id)),
    technologies: [...techs].sort().map((id) => named(loaded.techNames.get(id) ?? { id, name: id })),
  };
}
