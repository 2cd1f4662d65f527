import type { GraphCanvas } from "../../charts/force/graph-canvas";
import { t } from "../../i18n";
import type { ViewState } from "../../state/view-state";
import type { PartialNodes } from "./graph-data";
import { composeGraph } from "./graph-model";
import { buildExploreScene, placementFor } from "./scene-builder";

/**
 * A first picture while a large view streams in (a chain's, a saved selection's): the nodes received so far,
 * drawn once without links where the final view will put them (a chain's lanes are fixed; a force layout
 * starts afresh when the links arrive), and a running count in the status line until the view is complete.
 */
export function streamPreview(opts: {
  graph: GraphCanvas;
  status: HTMLElement;
  wrap: HTMLElement;
  state: ViewState;
  current: () => boolean;
}): PartialNodes {
  let drawn = false;
  return (nodes) => {
    if (!opts.current()) return;
    opts.status.textContent = t("explore.streaming", { n: nodes.length });
    opts.wrap.dataset.streamed = String(nodes.length);
    if (drawn) return;
    drawn = true;
    const fetched = { base: { nodes, links: [] }, expansions: [], path: null, chainScope: null };
    const built = buildExploreScene(composeGraph(fetched, opts.state), opts.state);
    opts.graph.setScene(built.scene, placementFor(built, opts.state, new Map()), {
      fit: true,
      fitIds: built.chain?.firstLane,
    });
  };
}
