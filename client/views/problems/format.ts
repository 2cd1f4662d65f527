import type { Provenance } from "../../../server/contracts/common";
import { displayName, lang, t } from "../../i18n";
import { h } from "../../lib/dom";

/** Links other features own (stable URLs from the handbook). */
export const links = {
  problem: (id: string) => `/problems/${encodeURIComponent(id)}`,
  explore: (focus: string) => `/explore?focus=${encodeURIComponent(focus)}&depth=1`,
  exploreNodes: (ids: string[], sel?: string) =>
    `/explore?nodes=${ids.map(encodeURIComponent).join(",")}${sel ? `&sel=${encodeURIComponent(sel)}` : ""}`,
  chain: (id: string) => `/chains/${encodeURIComponent(id)}`,
  gap: (tech: string) => `/chains?tech=${encodeURIComponent(tech)}`,
};

/** An in-app link that navigates without reloading. */
export function appLink(
  navigate: (url: string) => void,
  href: string,
  ...children: (Node | string)[]
): HTMLAnchorElement {
  const a = h("a", { href }, ...children);
  a.addEventListener("click", (event) => {
    if ((event as MouseEvent).ctrlKey || (event as MouseEvent).metaKey) return;
    event.preventDefault();
    navigate(href);
  });
  return a;
}

export const pct = (x: number) => `${Math.round(x * 100)}%`;
export const num = (x: number) =>
  Number.isInteger(x) ? String(x) : x.toFixed(2).replace(/0+$/, "").replace(/\.$/, "");

export function statusBadge(status: string, overdueSince?: string | null): HTMLElement {
  if (overdueSince)
    return h(
      "span",
      {
        class: "badge status-overdue",
        "data-testid": "overdue",
        title: t("problems.overdueHint", { date: overdueSince }),
      },
      t("problems.status.overdue"),
    );
  return h("span", { class: `badge status-${status}` }, t(`problems.status.${status}`));
}

export { sourceBadge } from "../../lib/source-badge";

/** Warning strip for illustrative facts: they were written for the demo, not taken from a source. */
export function illustrativeNote(p: Provenance): HTMLElement | null {
  return p.source === "illustrative"
    ? h("p", { class: "warn", "data-testid": "illustrative-note" }, t("problems.illustrative"))
    : null;
}

export function named(item: { name: string; nameEn?: string }): string {
  return displayName(item);
}

export function kindLabel(kind: string): string {
  return t(`kind.${kind}`);
}

export function joinList(items: string[]): string {
  return items.join(lang() === "zh" ? "、" : ", ");
}
