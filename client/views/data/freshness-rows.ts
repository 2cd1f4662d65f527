import type { FactAge } from "../../../server/contracts/freshness";
import { t } from "../../i18n";
import { h } from "../../lib/dom";
import { reverifyForm, type ReverifyHandlers } from "./reverify-form";

// Rows and labels of the freshness page (freshness-view.ts).

/** A node kind or relationship type in the planner's language. */
export const kindName = (kind: string, isLink: boolean) => {
  const key = isLink ? `ex.rel.${kind}` : `kind.${kind}`;
  const text = t(key);
  return text === key ? kind : text;
};
export const dateText = (d: string | undefined) => d ?? t("prov.undated");
export const statusName = (status: string) =>
  t(`fresh.status.${status}`) === `fresh.status.${status}` ? status : t(`fresh.status.${status}`);

/** One fact: name (a link to the explorer), kind, source, date, age, status, last check, re-verify. */
export function factRow(f: FactAge, on: ReverifyHandlers): HTMLElement {
  const row = h(
    "tr",
    { "data-testid": "fact", "data-id": f.id, class: f.stale ? "stale" : "" },
    h(
      "td",
      {},
      f.isLink
        ? f.name
        : h("a", { href: `/explore?focus=${encodeURIComponent(f.id)}&sel=${encodeURIComponent(f.id)}` }, f.name),
    ),
    h("td", {}, kindName(f.kind, f.isLink)),
    h("td", {}, h("span", { class: `badge ${f.source}` }, t(`source.${f.source}`)), f.tier ? ` ${f.tier}` : ""),
    h("td", {}, dateText(f.asOf)),
    h("td", {}, f.ageYears === null ? "—" : t("fresh.years", { n: f.ageYears })),
    h(
      "td",
      {},
      f.stale
        ? h("span", { class: "badge stale" }, t("prov.stale"))
        : f.ageYears === null
          ? h("span", { class: "muted" }, t("prov.undated"))
          : "",
    ),
    h(
      "td",
      { class: "muted small" },
      f.lastCheck
        ? `${t("prov.checked", { date: f.lastCheck.asOf ?? "?", by: f.lastCheck.by ?? "?" })} · ${t(`fresh.outcome.${f.lastCheck.outcome ?? "confirmed"}`)}`
        : "",
    ),
    h("td", {}),
  );
  const button = h(
    "button",
    {
      "data-testid": "reverify",
      onclick: () => {
        row.parentElement?.querySelector(".reverify-row")?.remove();
        reverifyForm(f, row, on);
      },
    },
    t("fresh.reverify"),
  );
  row.lastElementChild!.append(button);
  return row;
}
