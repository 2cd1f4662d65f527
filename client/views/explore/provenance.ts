import type { Provenance } from "../../../server/contracts/common";
import { t } from "../../i18n";
import { h } from "../../lib/dom";

/** The provenance block shown for every node and link: quote, or URL with tier, as-of date, flags. */
export function provenanceBlock(p: Provenance): HTMLElement {
  return h(
    "div",
    { class: "provenance", "data-source": p.source },
    h("span", { class: `badge ${p.source}` }, t(`source.${p.source}`)),
    p.uncertain ? h("span", { class: "badge" }, t("prov.uncertain")) : null,
    p.tier ? h("span", { class: "muted" }, " ", t("prov.tier", { tier: p.tier })) : null,
    p.asOf ? h("span", { class: "muted" }, " · ", t("prov.asOf", { date: p.asOf })) : null,
    p.source === "illustrative" ? h("p", { class: "warn" }, t("source.illustrativeWarning")) : null,
    p.quote ? h("blockquote", { title: t("prov.quote") }, `“${p.quote}”`) : null,
    p.url ? h("p", {}, h("a", { href: p.url, target: "_blank", rel: "noopener noreferrer" }, t("prov.url"))) : null,
    p.file === "ui" ? h("p", { class: "muted" }, t("prov.enteredInApp")) : null,
    p.file && p.file !== "ui" ? h("p", { class: "muted" }, p.row ? t("prov.file", { file: p.file, row: p.row }) : t("prov.fileOnly", { file: p.file })) : null,
    p.by ? h("p", { class: "muted" }, t("prov.by", { by: p.by })) : null,
    p.note ? h("p", { class: "muted" }, p.note) : null,
  );
}
