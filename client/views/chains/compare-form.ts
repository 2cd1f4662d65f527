import type { ViewContext } from "../../app/view-types";
import { displayName, t } from "../../i18n";
import { h } from "../../lib/dom";
import { chainsUrl } from "./page-route";

/** Two chain pickers and a button that opens /chains/compare?a=&b=. */
export function compareForm(
  ctx: ViewContext,
  chains: { id: string; name: string; nameEn?: string }[],
  a?: string,
  b?: string,
): HTMLElement {
  // No chain is chosen for the planner: a missing side shows a "choose" prompt and Compare waits for it.
  const picker = (selected: string | undefined, testid: string) =>
    h(
      "select",
      { "aria-label": t("chains.compare.pick"), "data-testid": testid, required: true },
      h("option", { value: "", selected: !selected, disabled: true }, t("chains.compare.pickSecond")),
      ...chains.map((c) => h("option", { value: c.id, selected: c.id === selected }, displayName(c))),
    );
  const first = picker(a, "compare-a");
  const second = picker(b, "compare-b");
  const go = h("button", { type: "submit", class: "primary", "data-testid": "compare-go" }, t("chains.compare.go"));
  const sync = () => (go.disabled = !first.value || !second.value);
  first.addEventListener("change", sync);
  second.addEventListener("change", sync);
  sync();
  return h(
    "form",
    {
      class: "compare-form",
      onsubmit: (event: Event) => {
        event.preventDefault();
        if (first.value && second.value) ctx.navigate(chainsUrl.compare(first.value, second.value));
      },
    },
    h("strong", {}, t("chains.compare.title")),
    " ",
    first,
    " ⇄ ",
    second,
    " ",
    go,
  );
}
