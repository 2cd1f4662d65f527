import type { Point } from "../../charts/force/layout";
import * as act from "../../state/view-actions";
import type { ViewState } from "../../state/view-state";
import type { DetailsAction } from "./details-panel";
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
