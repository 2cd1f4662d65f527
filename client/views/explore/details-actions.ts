import type { Point } from "../../charts/force/layout";
import * as act from "../../state/view-actions";
import type { ViewState } from "../../state/view-state";
import type { NodeResponse, ViewNode } from "../../../server/contracts/graph";
import type { DetailsAction, DetailsContext } from "./details-panel";
import type { createGraphData } from "./graph-data";
import type { VisibleGraph } from "./graph-model";

/**
 * The next view state for a details-panel action on node `id` (expand, collapse, hide, pin, focus …);
 * null for the path actions, which set an endpoint in the path panel instead, and for a pin without a position.
 */
export function detailsStep(
  s: ViewState,
  id: string,
  action: DetailsAction,
  visible: VisibleGraph,
  position: Point | undefined,
): ViewState | null {
  switch (action.type) {
    case "expand":
      return act.expand(s, id, action.types);
    case "more":
      return act.showMore(s, id);
    case "collapse":
      return act.collapse(s, id, visible);
    case "hide":
      return act.hideNode(s, id);
    case "pin":
      return position ? act.pin(s, id, position.x, position.y) : null;
    case "unpin":
      return act.unpin(s, id);
    case "focus":
      return act.focusOn(s, id);
    case "path-from":
    case "path-to":
      return null;
  }
}

/**
 * The details of node `id` in full. The canvas has the lean node and links: properties, the whole provenance
 * and claims come from /api/nodes/:id; the relations list's links, in full, from a small ids= view around the
 * node (drawn when it arrives, after the panel is usable). `render` draws only while `id` is still
 * selected (and says whether it drew).
 */
export async function fullDetailsOf(
  id: string,
  node: ViewNode | undefined,
  visible: VisibleGraph,
  data: Pick<ReturnType<typeof createGraphData>, "node" | "linksAround">,
  context: (n: ViewNode, info: NodeResponse | null) => DetailsContext,
  render: (c: DetailsContext) => boolean,
): Promise<void> {
  const mine = visible.links.filter((l) => l.source === id || l.target === id);
  const around = mine.length
    ? data.linksAround(id, [...new Set(mine.map((l) => (l.source === id ? l.target : l.source)))]).catch(() => null)
    : Promise.resolve(null);
  const info = await data.node(id);
  const ctx = context(node ? { ...node, ...info.node, capabilities: node.capabilities } : info.node, info);
  if (!render(ctx)) return;
  const fullLinks = new Map(((await around)?.links ?? []).map((l) => [l.id, l]));
  if (fullLinks.size) render({ ...ctx, askExpand: false, links: ctx.links.map((l) => fullLinks.get(l.id) ?? l) });
}
