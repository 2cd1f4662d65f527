import type { FactAge } from "../../../server/contracts/freshness";
import { freshnessApi } from "../../api/freshness";
import { describeError } from "../../app/errors";
import { t } from "../../i18n";
import { h } from "../../lib/dom";

export interface ReverifyHandlers {
  /** The check was recorded: say so and reload. */
  saved(): Promise<void> | void;
}

/** The re-verify form of one fact, in a table row of its own under the fact's row (analysts). */
export function reverifyForm(fact: FactAge, row: HTMLElement, on: ReverifyHandlers): HTMLElement {
  const url = h("input", {
    type: "url",
    name: "url",
    required: true,
    value: fact.url ?? "",
    placeholder: "https://",
    "aria-label": t("fresh.url"),
  });
  const outcome = h(
    "select",
    { name: "outcome", "aria-label": t("fresh.outcome") },
    ...["confirmed", "outdated", "unreachable"].map((o) => h("option", { value: o }, t(`fresh.outcome.${o}`))),
  );
  const note = h("input", {
    type: "text",
    name: "note",
    maxlength: "500",
    "aria-label": t("fresh.note"),
    placeholder: t("fresh.note"),
  });
  const error = h("p", { class: "form-error", role: "alert", hidden: true });
  const submit = h("button", { type: "submit", class: "primary" }, t("fresh.save"));
  const form = h(
    "form",
    { class: "reverify-form", "data-testid": "reverify-form" },
    h("label", {}, h("span", {}, t("fresh.url")), url),
    h("label", {}, h("span", {}, t("fresh.outcome")), outcome),
    h("label", {}, h("span", {}, t("fresh.note")), note),
    submit,
    h("button", { type: "button", onclick: () => holder.remove() }, t("fresh.cancel")),
    error,
  );
  // a form cannot sit between table rows: it gets a row of its own under the fact
  const holder = h("tr", { class: "reverify-row" }, h("td", { colspan: "8" }, form));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit.disabled = true;
    freshnessApi
      .reverify({
        id: fact.id,
        url: url.value.trim(),
        outcome: outcome.value as "confirmed",
        ...(note.value.trim() ? { note: note.value.trim() } : {}),
      })
      .then(() => on.saved())
      .catch((e: unknown) => {
        error.textContent = describeError(e);
        error.hidden = false;
        submit.disabled = false;
      });
  });
  row.after(holder);
  url.focus();
  return holder;
}
