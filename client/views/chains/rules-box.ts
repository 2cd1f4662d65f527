import { GAP_STATUSES } from "../../../server/contracts/gap-vocabulary";
import { t } from "../../i18n";
import { h } from "../../lib/dom";
import { statusBadge } from "./gap-labels";

/** The published rules, in the UI language: every label on the page can be checked against them. */
export function rulesBox(open = false): HTMLElement {
  return h(
    "details",
    { class: "rules-box", "data-testid": "rules", open },
    h("summary", {}, t("chains.rules.title")),
    h("p", {}, t("chains.rules.defs")),
    h("ul", {}, ...GAP_STATUSES.map((status) => h("li", {}, statusBadge(status), " ", t(`chains.rules.${status}`)))),
    h("p", {}, t("chains.rules.precedence")),
    h("p", {}, t("chains.rules.spof")),
    h("p", {}, t("chains.rules.remedies")),
  );
}

export function statusLegend(): HTMLElement {
  return h(
    "div",
    { class: "gap-legend", "aria-label": t("chains.legend") },
    ...GAP_STATUSES.map((status) => statusBadge(status)),
  );
}
