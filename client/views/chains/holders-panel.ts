import type { GapsResponse } from "../../../server/contracts/chains";
import { t } from "../../i18n";
import { h } from "../../lib/dom";
import { orgLine, orgLookup } from "./gap-labels";
import { niceCeil } from "./scale";

/** "Who holds the chain together": betweenness ranking, articulation points marked with ◆. */
export function holdersPanel(report: GapsResponse): HTMLElement {
  const lookup = orgLookup(report);
  const articulation = new Set(report.holders.articulation);
  // The track is the chain's maximum rounded up to a round number (0.054 → 0.1), so one small value is not
  // drawn as a full bar; the value is always printed.
  const max = report.holders.betweenness.reduce((m, b) => Math.max(m, b.score), 0);
  const scale = niceCeil(max);
  const rows = report.holders.betweenness.slice(0, 10).map(({ orgId, score }) =>
    orgLine(lookup, orgId, [
      h(
        "span",
        { class: "bar-track", title: `${score.toFixed(3)} / ${scale}` },
        h("span", {
          class: "bar",
          "data-value": String(score),
          style: `width:${Math.max(2, Math.round((score / scale) * 100))}%`,
        }),
      ),
      h("span", { class: "bar-value" }, ` ${score.toFixed(3)}`),
      articulation.has(orgId) ? h("span", { class: "articulation", title: t("chains.spof.articulation") }, " ◆") : null,
    ]),
  );
  return h(
    "section",
    { class: "holders", "data-testid": "holders" },
    h("h2", {}, t("chains.holders.title")),
    h("p", { class: "muted" }, t("chains.holders.note")),
    rows.length
      ? h("p", { class: "muted small", "data-testid": "holders-scale" }, t("chains.holders.scale", { max: scale }))
      : null,
    rows.length ? h("ol", { class: "org-list" }, ...rows) : h("p", { class: "muted" }, t("chains.holders.none")),
  );
}
