import type { RelType } from "../../../server/contracts/model";

/**
 * Edge style per relationship type: colour families by meaning (capability/technology amber, org–org
 * blue/green, chain structure slate, projects cyan, policy brown, problems red), width by importance,
 * arrows on flows. Dashes are reserved for illustrative facts, so they stay unmistakable.
 */
export interface EdgeStyle {
  color: string;
  width: number;
  arrow?: boolean;
}

export const REL_STYLE: Record<RelType, EdgeStyle> = {
  HAS_CAPABILITY: { color: "#d97706", width: 1.2 },
  SUBFIELD_OF: { color: "#a8a29e", width: 1 },
  REQUIRES: { color: "#f59e0b", width: 1 },
  COLLABORATES_WITH: { color: "#2563eb", width: 1.8 },
  SUPPLIES: { color: "#16a34a", width: 1.8, arrow: true },
  SUBSIDIARY_OF: { color: "#475569", width: 1.4, arrow: true },
  JOINT_VENTURE_WITH: { color: "#0d9488", width: 1.4, arrow: true },
  OPERATES: { color: "#7c3aed", width: 1.2 },
  IN_SEGMENT: { color: "#94a3b8", width: 1 },
  PART_OF: { color: "#334155", width: 1.2 },
  FEEDS: { color: "#0f172a", width: 2.2, arrow: true },
  LEADS: { color: "#0891b2", width: 1.4, arrow: true },
  PARTICIPATES_IN: { color: "#22d3ee", width: 1 },
  ADDRESSES: { color: "#06b6d4", width: 1 },
  IN_CHAIN: { color: "#cbd5e1", width: 1 },
  SUPPORTS: { color: "#c4a26a", width: 1 },
  ISSUED: { color: "#b91c1c", width: 1 },
  PROPOSED: { color: "#be185d", width: 1 },
  SUBMITTED_TO: { color: "#be185d", width: 1, arrow: true },
  POSTED: { color: "#dc2626", width: 1.4 },
  MEMBER_OF: { color: "#4d7c0f", width: 1.4 },
};

const FALLBACK: EdgeStyle = { color: "#94a3b8", width: 1 };

export function edgeStyle(type: string): EdgeStyle {
  return REL_STYLE[type as RelType] ?? FALLBACK;
}

/** Dash pattern (in screen pixels) for illustrative facts. */
export const ILLUSTRATIVE_DASH = [5, 4];
/** Dotted line for inferred facts (the editors drew them from a source). */
export const INFERRED_DASH = [1.5, 3];
/** Editorial facts (classification) are drawn thin and grey. */
export const EDITORIAL_STYLE = { color: "#a8a29e", widthFactor: 0.6 };
/** Talks and meeting co-hosting: a lighter collaboration. */
export const LIGHT_COLLABORATION_ALPHA = 0.45;
const ILLUSTRATIVE_COLOR = "#b45309";

export interface LinkLook {
  color: string;
  width: number;
  /** Dash in screen pixels, [] = solid. */
  dash: number[];
  alpha: number;
}

/**
 * How one link is drawn: illustrative facts dashed amber (unmistakable), inferred facts dotted, editorial
 * classification thin grey, stated facts solid in their type's colour; talks and co-hosting fainter.
 */
export function linkLook(type: string, key: { illustrative: boolean; basis?: string; light?: boolean }): LinkLook {
  const style = edgeStyle(type);
  const alpha = key.light ? LIGHT_COLLABORATION_ALPHA : 1;
  if (key.illustrative) return { color: ILLUSTRATIVE_COLOR, width: style.width, dash: ILLUSTRATIVE_DASH, alpha };
  if (key.basis === "inferred") return { color: style.color, width: style.width, dash: INFERRED_DASH, alpha };
  if (key.basis === "editorial")
    return { color: EDITORIAL_STYLE.color, width: style.width * EDITORIAL_STYLE.widthFactor, dash: [], alpha };
  return { color: style.color, width: style.width, dash: [], alpha };
}
