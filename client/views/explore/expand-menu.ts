import type { NodeResponse } from "../../../server/contracts/graph";
import type { RelType } from "../../../server/contracts/model";
import { t } from "../../i18n";
import { h } from "../../lib/dom";
import { PAGE_SIZE } from "../../state/view-state";
import { relIcon } from "./legend-icons";

/** Relationship counts by type (both directions together), biggest first. */
export function countsByType(info: NodeResponse): { type: RelType; count: number }[] {
  const out = new Map<string, number>();
  for (const d of info.degreeByType) out.set(d.type, (out.get(d.type) ?? 0) + d.count);
  return [...out.entries()]
    .map(([type, count]) => ({ type: type as RelType, count }))
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
}

/**
 * Expand with filters, as Bloom and Linkurious do for supernodes: choose relationship types (with their
 * counts); neighbours come most connected first, PAGE_SIZE at a time, with "show more" afterwards.
 */
export function expandMenu(info: NodeResponse, onExpand: (types: RelType[] | null) => void): HTMLElement {
  const counts = countsByType(info);
  const chosen = new Set(counts.map((c) => c.type));
  const total = () => counts.filter((c) => chosen.has(c.type)).reduce((s, c) => s + c.count, 0);
  const go = h("button", { class: "primary", "data-testid": "expand-go" });
  const label = () => {
    const n = total();
    go.textContent = n > PAGE_SIZE ? t("ex.expand.top", { n: PAGE_SIZE, total: n }) : t("ex.expand.all", { n });
    go.disabled = n === 0;
  };
  go.addEventListener("click", () =>
    onExpand(chosen.size === counts.length ? null : counts.map((c) => c.type).filter((type) => chosen.has(type))),
  );
  const rows = counts.map(({ type, count }) => {
    const input = h("input", { type: "checkbox", checked: true, "data-type": type });
    input.addEventListener("change", () => {
      if (input.checked) chosen.add(type);
      else chosen.delete(type);
      label();
    });
    return h(
      "label",
      { class: "check" },
      input,
      relIcon(type),
      h("span", {}, t(`ex.rel.${type}`)),
      h("span", { class: "count" }, String(count)),
    );
  });
  label();
  return h(
    "div",
    { class: "expand-menu", "data-testid": "expand-menu" },
    info.degree > PAGE_SIZE
      ? h("p", { class: "hint" }, t("ex.expand.supernode", { n: info.degree, page: PAGE_SIZE }))
      : null,
    h("div", { class: "checks" }, ...rows),
    go,
  );
}
