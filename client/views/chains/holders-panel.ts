import type { GapsResponse } from "../../../server/contracts/chains";
import { t } from "../../i18n";
import { h } from "../../lib/dom";
import { orgLine, orgLookup } from "./gap-labels";

/** "Who holds the chain together": betweenness ranking, articulation points marked with ◆. */
export function holdersPanel(report: GapsResponse): HTMLElement {
  const lookup = orgLookup(report);
  const articulation = new Set(report.holders.articulation);
  const top = report.holders.betweenness.length ? report.holders.betweenness[0]!.score : 1;
  const rows = report.holders.betweenness.slice(0, 10).map(({ orgId, score }) =>
    orgLine(lookup, orgId, [
      h("span", { class: "bar", style: `width:${Math.max(4, Math.round((score / top) * 120))}px` }),
      h("span", { class: "muted" }, ` ${score.toFixed(3)}`),
      articulation.has(orgId) ? h("span", { class: "articulation", title: t("chains.spof.articulation") }, " ◆") : null,
    ]));
  return h(
    "section",
    { class: "holders", "data-testid": "holders" },
    h("h2", {}, t("chains.holders.title")),
    h("p", { class: "muted" }, t("chains.holders.note")),
    rows.length ? h("ol", { class: "org-list" }, ...rows) : h("p", { class: "muted" }, t("chains.holders.none")),
  );
}
