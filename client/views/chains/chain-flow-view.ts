import type { GapStatus } from "../../../server/contracts/gap-vocabulary";
import { flowLayout } from "../../charts/chain-flow/layout";
import { renderFlow } from "../../charts/chain-flow/render";
import { displayName, t } from "../../i18n";
import { h } from "../../lib/dom";

export interface FlowSegmentData {
  id: string;
  name: string;
  nameEn?: string;
  order: number;
  status: GapStatus;
  enterprises: number;
  research: number;
  /** FEEDS neighbours downstream of this segment (any chain; other chains' are not drawn). */
  downstream: string[];
}

/**
 * A chain as a left-to-right flow of status-coloured boxes. `selected` is highlighted; `after` (what-if)
 * adds a dashed outline in the colour of the label the segment would get.
 */
export function chainFlow(
  segments: FlowSegmentData[],
  options: { selected?: string | null; after?: Map<string, GapStatus>; onSelect?: (id: string) => void },
): HTMLElement {
  const byId = new Map(segments.map((s) => [s.id, s]));
  const layout = flowLayout(
    segments,
    segments.flatMap((s) => s.downstream.map((to): [string, string] => [s.id, to])),
  );
  return renderFlow(layout, (id) => {
    const segment = byId.get(id)!;
    const after = options.after?.get(id);
    const changed = after !== undefined && after !== segment.status;
    return h(
      "button",
      {
        type: "button",
        class: `flow-node ${segment.status}${changed ? ` after-${after}` : ""}`,
        "data-testid": "flow-node",
        "data-segment": id,
        "data-status": segment.status,
        ...(changed ? { "data-after": after } : {}),
        "aria-pressed": options.selected === id ? "true" : "false",
        onclick: () => options.onSelect?.(id),
      },
      h("span", { class: "seg-name" }, displayName(segment)),
      h(
        "span",
        { class: "seg-status" },
        t(`chains.status.${segment.status}`),
        changed ? ` → ${t(`chains.status.${after}`)}` : "",
      ),
      h("span", { class: "seg-counts" }, t("chains.counts", { e: segment.enterprises, r: segment.research })),
    );
  });
}
