import type { GraphLink, GraphNode } from "../../contracts/common";
import { toGraphLink, toGraphNode } from "../../shared/entity-mapper";
import type { Collected, SeenNode } from "./result-shape";

type FetchNodes = (
  elementIds: string[],
) => Promise<{ elementId: string; labels: string[]; props: Record<string, unknown> }[]>;

const isEntity = (node: SeenNode | undefined): node is SeenNode =>
  !!node && node.labels.includes("Entity") && typeof node.props.id === "string";

/**
 * The graph elements a result contains, in /api/graph's shapes: domain nodes (bookkeeping nodes such as
 * saved queries stay in the table only) and the relationships between them. A relationship returned
 * without its end nodes gets them fetched, so `RETURN r` still draws.
 */
export async function graphOf(
  seen: Collected,
  fetchNodes: FetchNodes,
): Promise<{ nodes: GraphNode[]; links: GraphLink[] } | undefined> {
  if (seen.nodes.size === 0 && seen.rels.size === 0) return undefined;
  const missing = new Set<string>();
  for (const rel of seen.rels.values())
    for (const end of [rel.start, rel.end]) if (!seen.nodes.has(end)) missing.add(end);
  if (missing.size) for (const row of await fetchNodes([...missing])) seen.nodes.set(row.elementId, row);
  const nodes = [...seen.nodes.values()].filter(isEntity);
  const links: GraphLink[] = [];
  for (const rel of seen.rels.values()) {
    const start = seen.nodes.get(rel.start);
    const end = seen.nodes.get(rel.end);
    if (!isEntity(start) || !isEntity(end)) continue;
    links.push(
      toGraphLink({
        id: typeof rel.props.id === "string" ? rel.props.id : null,
        type: rel.type,
        source: String(start.props.id),
        target: String(end.props.id),
        props: rel.props,
      }),
    );
  }
  if (nodes.length === 0) return undefined;
  return { nodes: nodes.map((node) => toGraphNode(node.props)), links };
}
