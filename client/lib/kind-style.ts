import type { NodeKind } from "../../server/contracts/model";

/** Colour and shape per node kind; one table shared by the graph, legend, table and exports. */
export const KIND_STYLE: Record<
  NodeKind,
  { color: string; shape: "circle" | "square" | "diamond" | "triangle" | "hexagon" }
> = {
  Enterprise: { color: "#2563eb", shape: "circle" },
  University: { color: "#059669", shape: "square" },
  ResearchInstitute: { color: "#0d9488", shape: "square" },
  Platform: { color: "#7c3aed", shape: "hexagon" },
  GovernmentBody: { color: "#b91c1c", shape: "diamond" },
  Association: { color: "#be185d", shape: "diamond" },
  Park: { color: "#92400e", shape: "diamond" },
  Technology: { color: "#d97706", shape: "triangle" },
  Chain: { color: "#0f172a", shape: "hexagon" },
  Segment: { color: "#475569", shape: "square" },
  Project: { color: "#0891b2", shape: "circle" },
  Problem: { color: "#dc2626", shape: "triangle" },
  Consortium: { color: "#4d7c0f", shape: "hexagon" },
  Policy: { color: "#a16207", shape: "diamond" },
};

export function kindColor(kind: string): string {
  return KIND_STYLE[kind as NodeKind]?.color ?? "#64748b";
}
