// Ranked remedies for a gap (强链、补链、延链). Candidates, from the data only:
//   extend   — local enterprises not in E(S) holding one of S's technologies or sitting in a FEEDS-neighbour
//              segment (延链: they extend into S, or close the cut of a broken segment)
//   incubate — R(S): local universities, institutes, platforms in S or holding S's technologies (产学研)
//   attract  — non-local organisations present in S (招商 targets)
// Score (0–100) = kind base (extend 30, incubate 20, attract 10) + 40 × share of S's technologies held
//   + 20 if present in S or in a neighbour segment + 5 per existing tie with a local enterprise of S or its
//   neighbours (at most 10).
// Order (decision 014): coverage first — the share of S's required technologies held, so an organisation
// holding any of them always ranks above one holding none (for a missing segment, the firm that could fill
// the gap is never pushed down by presence or ties); then score, then kind in the order above, then id.
import type { GapStatus, RemedyKind, RemedyStrategy } from "../../contracts/gap-vocabulary";
import { isLocalEnterprise, partnerOf, type ChainIndex } from "./chain-index";
import type { SegmentResult } from "./rules";

export const REMEDY_LIMIT = 10;
const BASE: Record<RemedyKind, number> = { extend: 30, incubate: 20, attract: 10 };
const KIND_ORDER: Record<RemedyKind, number> = { extend: 0, incubate: 1, attract: 2 };

export interface RemedyBasis {
  /** S's required technologies the organisation holds. */
  techs: string[];
  /** FEEDS-neighbour segments it is already in (extend). */
  adjacent: string[];
  /** It is already placed in S (incubate, attract). */
  present: boolean;
  /** Local enterprises of S or its neighbours it already supplies or collaborates with. */
  ties: string[];
}

export interface Remedy {
  orgId: string;
  kind: RemedyKind;
  strategy: RemedyStrategy;
  score: number;
  reason: string;
  basis: RemedyBasis;
}

function strategyFor(kind: RemedyKind, status: GapStatus): RemedyStrategy {
  if (kind === "extend") return "extend";
  return status === "missing" ? "fill" : "strengthen";
}

function reasonFor(kind: RemedyKind, basis: RemedyBasis, techCount: number): string {
  const who = {
    extend: "Local enterprise",
    incubate: "Local research organisation (产学研 incubation)",
    attract: "Non-local organisation, investment-promotion (招商) target",
  }[kind];
  const parts = [who];
  if (basis.techs.length)
    parts.push(`holds ${basis.techs.length} of ${techCount} required technologies (${basis.techs.join(", ")})`);
  if (basis.present) parts.push("already present in the segment");
  if (basis.adjacent.length) parts.push(`already in adjacent segment ${basis.adjacent.join(", ")}`);
  if (basis.ties.length) parts.push(`supplies or collaborates with ${basis.ties.join(", ")}`);
  return parts.join("; ");
}

export function remediesFor(index: ChainIndex, result: SegmentResult, limit = REMEDY_LIMIT): Remedy[] {
  if (result.status === "strong") return [];
  const techs = index.segments.get(result.id)?.techs ?? [];
  const inSegment = new Set(result.evidence.enterprises);
  const local = new Set([...result.evidence.enterprises, ...result.evidence.neighbourEnterprises]);
  const adjacentOf = new Map<string, string[]>();
  for (const { id } of result.evidence.neighbours) {
    for (const orgId of index.enterprises(id)) adjacentOf.set(orgId, [...(adjacentOf.get(orgId) ?? []), id]);
  }
  const candidates = new Map<string, RemedyKind>();
  for (const tech of techs)
    for (const id of index.holdersOf(tech)) if (isLocalEnterprise(index.orgs.get(id))) candidates.set(id, "extend");
  for (const id of adjacentOf.keys()) candidates.set(id, "extend");
  for (const id of inSegment) candidates.delete(id);
  for (const id of result.evidence.research) candidates.set(id, "incubate");
  for (const id of result.evidence.nonLocal) candidates.set(id, "attract");

  const members = new Set(index.membersOf(result.id));
  const remedies = [...candidates].map(([orgId, kind]): Remedy => {
    const ties = [...new Set(index.linksOf(orgId).map((link) => partnerOf(link, orgId)))]
      .filter((id) => id !== orgId && local.has(id))
      .sort();
    const basis: RemedyBasis = {
      techs: index.holds(orgId, techs),
      adjacent: kind === "extend" ? (adjacentOf.get(orgId) ?? []) : [],
      present: kind !== "extend" && members.has(orgId),
      ties,
    };
    const coverage = techs.length ? (40 * basis.techs.length) / techs.length : 0;
    const presence = basis.present || basis.adjacent.length ? 20 : 0;
    const score = Math.round(BASE[kind] + coverage + presence + Math.min(10, 5 * ties.length));
    return {
      orgId,
      kind,
      strategy: strategyFor(kind, result.status),
      score,
      reason: reasonFor(kind, basis, techs.length),
      basis,
    };
  });
  const share = (r: Remedy) => (techs.length ? r.basis.techs.length / techs.length : 0);
  return remedies
    .sort(
      (a, b) =>
        share(b) - share(a) ||
        b.score - a.score ||
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        (a.orgId < b.orgId ? -1 : 1),
    )
    .slice(0, limit);
}
