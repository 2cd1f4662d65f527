import type { GapsResponse } from "../../../server/contracts/chains";
import { chainsApi } from "../../api/chains";
import { describeError } from "../../app/errors";
import { displayName, t } from "../../i18n";
import { clear, h } from "../../lib/dom";
import { panoramaView } from "../chains/panorama-view";

export { chainsInView } from "./panorama-scope";

// The explorer's 全景 layout: the chain panorama (产业链全景图) of every chain in view, one below the other,
// in place of the node-link canvas. The chains come from the filter (a chosen chain) or from the chain
// segments the scene contains; with none, the stage says so and offers the chains to pick from.

export interface PanoramaStageHandlers {
  /** An organisation was clicked: select it (details). */
  org(id: string): void;
  /** A segment was clicked: its evidence and remedies (the chain page). */
  segment(chainId: string, segmentId: string): void;
  /** No chain in view: the user picked one. */
  pickChain(chainId: string): void;
}

export function createPanoramaStage(on: PanoramaStageHandlers) {
  const el = h("div", { class: "panorama-stage", "data-testid": "explore-panorama", hidden: true });
  const reports = new Map<string, Promise<GapsResponse>>();
  const report = (id: string) => {
    let hit = reports.get(id);
    if (!hit) {
      hit = chainsApi.gaps(id);
      reports.set(id, hit);
      hit.catch(() => reports.delete(id));
    }
    return hit;
  };
  let shownKey = "";
  let seq = 0;

  return {
    el,
    hide() {
      el.hidden = true;
    },
    /** The first panorama drawn (the toolbar's PNG/SVG export it). */
    svg: () => el.querySelector<SVGSVGElement>("[data-testid=panorama] svg"),
    /** Draw the panoramas of `chainIds` (kept as they are when the same chains and selection are shown again). */
    async show(chainIds: string[], selected: string | null, choices: { id: string; name: string }[]) {
      el.hidden = false;
      const key = `${chainIds.join(",")}|${selected ?? ""}`;
      if (key === shownKey && el.childElementCount) return;
      shownKey = key;
      const mine = ++seq;
      if (chainIds.length === 0) {
        clear(el);
        el.dataset.chains = "";
        el.append(
          h(
            "div",
            { class: "panorama-empty", "data-testid": "panorama-empty" },
            h("h2", {}, t("ex.panorama.none.title")),
            h("p", {}, t("ex.panorama.none")),
            h(
              "div",
              { class: "overlay-actions" },
              ...choices.map((c) => h("button", { "data-chain": c.id, onclick: () => on.pickChain(c.id) }, c.name)),
            ),
          ),
        );
        return;
      }
      el.dataset.loading = "true";
      const settled = await Promise.allSettled(chainIds.map(report));
      if (mine !== seq) return;
      clear(el);
      settled.forEach((result, i) => {
        const chainId = chainIds[i]!;
        if (result.status === "rejected") {
          el.append(h("p", { class: "error-text" }, `${chainId}: ${describeError(result.reason)}`));
          return;
        }
        const section = h(
          "section",
          { class: "panorama-chain", "data-chain": chainId, "aria-label": displayName(result.value.chain) },
          panoramaView(result.value, {
            selected,
            org: on.org,
            segment: (segmentId) => on.segment(chainId, segmentId),
          }).el,
        );
        el.append(section);
      });
      el.dataset.chains = chainIds.join(",");
      delete el.dataset.loading;
    },
  };
}
