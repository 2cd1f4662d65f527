// Words of the gap analysis shared by the rules, the API contracts and the client (pure constants).

/** Precedence order: the first that applies wins (missing > weak > broken > strong). */
export const GAP_STATUSES = ["missing", "weak", "broken", "strong"] as const;
export type GapStatus = (typeof GAP_STATUSES)[number];

/**
 * Why a segment got its label. missing: no-local-enterprise (+ research-only when R(S) is not empty);
 * weak: single-source and/or no-enterprise-capability; broken: no-neighbour-link; strong: one of each pair
 * (multiple-enterprises; enterprise-capability | no-required-technologies; linked-to-neighbour and/or
 * vertical-integration | no-feeds-neighbour).
 */
export const GAP_REASONS = [
  "no-local-enterprise",
  "research-only",
  "single-source",
  "no-enterprise-capability",
  "no-neighbour-link",
  "multiple-enterprises",
  "enterprise-capability",
  "no-required-technologies",
  "linked-to-neighbour",
  "vertical-integration",
  "no-feeds-neighbour",
] as const;
export type GapReason = (typeof GAP_REASONS)[number];

/** extend: a local enterprise moves in (capability or adjacent segment); incubate: 产学研; attract: 招商. */
export const REMEDY_KINDS = ["extend", "incubate", "attract"] as const;
export type RemedyKind = (typeof REMEDY_KINDS)[number];

/** 补链 (fill a missing segment), 强链 (strengthen a weak or broken one), 延链 (extend a local firm into it). */
export const REMEDY_STRATEGIES = ["fill", "strengthen", "extend"] as const;
export type RemedyStrategy = (typeof REMEDY_STRATEGIES)[number];

/** What removing a single point of failure would do: the segment turns missing or weak, or the graph splits. */
export const SPOF_EFFECTS = ["missing", "weak", "articulation"] as const;
export type SpofEffect = (typeof SPOF_EFFECTS)[number];
