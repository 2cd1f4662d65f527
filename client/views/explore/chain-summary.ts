import type { ViewNode } from "../../../server/contracts/graph";
import { ORG_KINDS } from "../../../server/contracts/model";
import type { Point } from "../../charts/force/layout";
import type { ChainDecor } from "../../charts/chain/layout";
import { displayName, t } from "../../i18n";
import { clear, h } from "../../lib/dom";

const ORGS = new Set<string>(ORG_KINDS);

/** The (visually hidden) list the summary is written into. */
export const createChainSummary = () =>
  h("ol", { class: "sr-only", "data-testid": "chain-columns", "aria-label": t("ex.layout.chain") });

/**
 * The chain layout in words, for screen readers (the canvas is invisible to them): each chain, its
 * segments upstream → downstream with their stage and the organisations placed in each column.
 */
export function renderChainSummary(
  el: HTMLElement,
  decor: ChainDecor | null,
  positions: ReadonlyMap<string, Point> | null,
  nodes: ViewNode[],
): void {
  clear(el);
  if (!decor || !positions) return;
  const half = decor.columnWidth / 2;
  for (const lane of decor.lanes) {
    const inLane = nodes.filter(
      (n) =>
        ORGS.has(n.kind) &&
        positions.has(n.id) &&
        positions.get(n.id)!.y >= lane.y0 &&
        positions.get(n.id)!.y <= lane.y1,
    );
    el.append(
      h(
        "li",
        { "data-chain": lane.chainId },
        lane.label,
        h(
          "ol",
          {},
          ...lane.columns.map((c) => {
            const members = inLane.filter((n) => Math.abs(positions.get(n.id)!.x - c.x) < half);
            return h(
              "li",
              { "data-segment": c.segmentId, "data-stage": c.stage ?? "" },
              `${c.label}${c.stage ? `（${t(`ex.stage.${c.stage}`)}）` : ""}：`,
              members.map((n) => displayName(n)).join("、") || "—",
            );
          }),
        ),
      ),
    );
  }
}
