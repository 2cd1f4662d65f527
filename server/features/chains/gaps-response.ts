// A chain report from the pure rules → the API's response: names, provenance of every organisation and
// link the report mentions, and the chain's counts per status.
import type { EvidenceLink, GapsResponse, OrgRef, SegmentGap, StatusCounts } from "../../contracts/chains";
import type { OrgKind } from "../../contracts/model";
import type { GapLink } from "../../domain/gaps/instance";
import type { ChainReport, SegmentReport } from "../../domain/gaps/report";
import type { SegmentLabel } from "../../domain/gaps/rules";
import { toGraphLink, toGraphNode } from "../../shared/entity-mapper";
import type { LoadedChains } from "./chain-instance";
import type { LinkProvenanceRow, LinkRow } from "./chains.repo";

type Stored = Record<string, unknown>;

/** Stored properties of what the report shows, read after the rules ran (see reportMentions). */
export interface ReportDetails {
  orgs: Stored[];
  links: LinkProvenanceRow[];
}

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

const storedType = (link: GapLink) => (link[2] === "SUPPLIES" ? "SUPPLIES" : "COLLABORATES_WITH");
const linkKey = (source: string, target: string, type: string) => `${source}\u0000${target}\u0000${type}`;

function evidenceLink(linkProps: Map<string, Stored>, link: GapLink): EvidenceLink {
  const props = linkProps.get(linkKey(link[0], link[1], storedType(link))) ?? {};
  const stored = toGraphLink({ id: null, type: storedType(link), source: link[0], target: link[1], props });
  return { source: link[0], target: link[1], type: link[2], provenance: stored.provenance };
}

/** The links exist and none is stated outright (data without a basis reads as stated). */
const inferredOnly = (links: EvidenceLink[]) =>
  links.length > 0 && links.every((l) => l.provenance.basis === "inferred" || l.provenance.basis === "editorial");

function segmentGap(loaded: LoadedChains, linkProps: Map<string, Stored>, segment: SegmentReport): SegmentGap {
  const { evidence } = segment;
  const links = evidence.links.map((link) => evidenceLink(linkProps, link));
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
      links,
      integrated: evidence.integrated,
      nonLocal: evidence.nonLocal,
      ...(inferredOnly(links) ? { inferredOnly: true } : {}),
    },
  };
}

const shownHolders = (report: ChainReport) => ({
  articulation: report.holders.articulation,
  betweenness: report.holders.betweenness.slice(0, BETWEENNESS_SHOWN),
});

/** The organisations (sorted) and evidence links a report shows: their names and provenance are read next. */
export function reportMentions(report: ChainReport): { orgIds: string[]; links: LinkRow[] } {
  const holders = shownHolders(report);
  const ids = new Set([...holders.articulation, ...holders.betweenness.map((b) => b.orgId)]);
  const links = new Map<string, LinkRow>();
  for (const { evidence, spof, remedies } of report.segments) {
    for (const id of [
      ...evidence.enterprises,
      ...evidence.research,
      ...evidence.neighbourEnterprises,
      ...evidence.nonLocal,
    ])
      ids.add(id);
    for (const id of [...spof.map((s) => s.orgId), ...remedies.flatMap((r) => [r.orgId, ...r.basis.ties])]) ids.add(id);
    for (const link of evidence.links) {
      const row = { source: link[0], target: link[1], type: storedType(link) } as const;
      links.set(linkKey(row.source, row.target, row.type), row);
    }
  }
  return { orgIds: [...ids].sort(), links: [...links.values()] };
}

function orgRef(stored: Stored | undefined, id: string): OrgRef {
  const node = toGraphNode(stored ?? { id });
  return { ...named(node), kind: node.kind as OrgKind, local: node.props.local === true, provenance: node.provenance };
}

export function toGapsResponse(
  chain: { id: string; name: string; nameEn?: string | null },
  loaded: LoadedChains,
  report: ChainReport,
  details: ReportDetails,
): GapsResponse {
  const linkProps = new Map(details.links.map((row) => [linkKey(row.source, row.target, row.type), row.props]));
  const orgNodes = new Map(details.orgs.map((node) => [String(node.id), node]));
  const segments = report.segments.map((segment) => segmentGap(loaded, linkProps, segment));
  const techs = new Set(segments.flatMap((s) => s.techs));
  return {
    chain: named(chain),
    counts: statusCounts(report.segments),
    segments,
    holders: shownHolders(report),
    orgs: reportMentions(report).orgIds.map((id) => orgRef(orgNodes.get(id), id)),
    technologies: [...techs].sort().map((id) => named(loaded.techNames.get(id) ?? { id, name: id })),
  };
}
