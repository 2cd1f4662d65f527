import type { ViewContext } from "../../app/view-types";
import { displayName, t } from "../../i18n";
import { h } from "../../lib/dom";
import { chainsUrl } from "./page-route";

/** Two chain pickers and a button that opens /chains/compare?a=&b=. */
export function compareForm(ctx: ViewContext, chains: { id: string; name: string; nameEn?: string }[], a?: string, b?: string): HTMLElement {
  const picker = (selected: string | undefined, testid: string) =>
    h("select", { "aria-label": t("chains.compare.pick"), "data-testid": testid },
      ...chains.map((c) => h("option", { value: c.id, selected: c.id === selected }, displayName(c))));
  const first = picker(a ?? chains[0]?.id, "compare-a");
  const second = picker(b ?? chains[1]?.id ?? chains[0]?.id, "compare-b");
  return h(
    "form",
    { class: "compare-form", onsubmit: (event: Event) => { event.preventDefault(); ctx.navigate(chainsUrl.compare(first.value, second.value)); } },
    h("strong", {}, t("chains.compare.title")), " ", first, " ⇄ ", second, " ",
    h("button", { type: "submit" }, t("chains.compare.go")),
  );
}
