import type { GraphLink } from "../../../server/contracts/common";
import type { GraphViewResponse, PathsResponse, ViewNode } from "../../../server/contracts/graph";
import { ORG_KINDS } from "../../../server/contracts/model";
import type { ViewState } from "../../state/view-state";

// Pure: the fetched pieces of a view (base graph, expansions, path, chain scope) → the graph on screen,
// after filters and hidden nodes. Order is stable (first seen wins), so layouts are reproducible.

export interface Fetched {
  base: GraphViewResponse;
  expansions: GraphViewResponse[];
  path: PathsResponse | null;
  /** Ids of the chosen chain's picture, when the chain filters a focus/expansion view. */
  chainScope: Set<string> | null;
}

export interface VisibleGraph {
  nodes: ViewNode[];
  links: GraphLink[];
  /** Nodes and links on the found path(s), for highlighting. */
  pathNodes: Set<string>;
  pathLinks: Set<string>;
}

const ORGS = new Set<string>(ORG_KINDS);

export function mergeGraphs(parts: { nodes: ViewNode[]; links: GraphLink[] }[]): {
  nodes: ViewNode[];
  links: GraphLink[];
} {
  const nodes = new Map<string, ViewNode>();
  const links = new Map<string, GraphLink>();
  for (const part of parts) {
    for (const node of part.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    for (const link of part.links) if (!links.has(link.id)) links.set(link.id, link);
  }
  return { nodes: [...nodes.values()], links: [...links.values()] };
}

export function composeGraph(fetched: Fetched, state: ViewState): VisibleGraph {
  const merged = mergeGraphs([fetched.base, ...fetched.expansions, ...(fetched.path ? [fetched.path] : [])]);
  const pathNodes = new Set(fetched.path?.paths.flatMap((p) => p.nodes) ?? []);
  const pathLinks = new Set(fetched.path?.paths.flatMap((p) => p.links) ?? []);
  // Anchors stay whatever the filters say: the focus and the path the planner asked for.
  const anchors = new Set([...(state.focus ? [state.focus] : []), ...pathNodes]);
  const hidden = new Set(state.hide);
  const kinds = state.kinds ? new Set<string>(state.kinds) : null;
  const sources = state.sources ? new Set<string>(state.sources) : null;
  const bases = state.bases ? new Set<string>(state.bases) : null;
  // Data written before basis existed reads as stated.
  const basisOf = (p: { basis?: string }) => p.basis ?? "stated";
  const districts = state.districts ? new Set(state.districts) : null;
  const rels = state.rels ? new Set<string>(state.rels) : null;

  const keepNode = (n: ViewNode) => {
    if (anchors.has(n.id)) return true;
    if (hidden.has(n.id)) return false;
    if (kinds && !kinds.has(n.kind)) return false;
    if (sources && !sources.has(n.provenance.source)) return false;
    if (bases && !bases.has(basisOf(n.provenance))) return false;
    if (districts && ORGS.has(n.kind) && !districts.has(String(n.props.district ?? ""))) return false;
    if (fetched.chainScope && !fetched.chainScope.has(n.id)) return false;
    return true;
  };
  let nodes = merged.nodes.filter(keepNode);
  const ids = new Set(nodes.map((n) => n.id));
  const links = merged.links.filter((l) => {
    if (!ids.has(l.source) || !ids.has(l.target)) return false;
    if (pathLinks.has(l.id)) return true;
    if (rels && !rels.has(l.type)) return false;
    if (bases && !bases.has(basisOf(l.provenance))) return false;
    return !sources || sources.has(l.provenance.source);
  });
  if (districts) {
    // A district view shows its organisations and what they connect to, not every technology in the city.
    const linked = new Set(links.flatMap((l) => [l.source, l.target]));
    nodes = nodes.filter((n) => ORGS.has(n.kind) || linked.has(n.id) || anchors.has(n.id));
  }
  return { nodes, links, pathNodes, pathLinks };
}

/** Degree inside the visible graph, for "collapse" and the table. */
export function visibleDegrees(graph: { links: { source: string; target: string }[] }): Map<string, number> {
  const degree = new Map<string, number>();
  for (const l of graph.links) {
    degree.set(l.source, (degree.get(l.source) ?? 0) + 1);
    degree.set(l.target, (degree.get(l.target) ?? 0) + 1);
  }
  return degree;
}
