import type { Provenance } from "../../../server/contracts/common";
import { t } from "../../i18n";
import { h } from "../../lib/dom";
import { session } from "../../app/session";

/** A fact read from an ingested document: who reviewed it, and (for analysts) a link to its highlighted sentence. */
function documentSource(p: Provenance): HTMLElement | null {
  if (p.source !== "document" || !p.documentId) return null;
  const at = p.quoteStart !== undefined ? `?at=${p.quoteStart}-${p.quoteEnd ?? p.quoteStart}` : "";
  return h("p", { class: "muted" },
    p.by ? t("prov.reviewedBy", { by: p.by, at: (p.reviewedAt ?? "").slice(0, 10) }) : null,
    session.can("analyst") ? h("a", { href: `/data/documents/${encodeURIComponent(p.documentId)}${at}`, "data-testid": "prov-document-link" }, " ", t("prov.openSentence")) : null);
}

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
    p.quote ? h("blockquote", { title: t(p.source === "document" ? "prov.documentQuote" : "prov.quote"), "data-testid": "prov-quote" }, `“${p.quote}”`) : null,
    p.url ? h("p", {}, h("a", { href: p.url, target: "_blank", rel: "noopener noreferrer" }, t("prov.url"))) : null,
    p.file === "ui" ? h("p", { class: "muted" }, t("prov.enteredInApp")) : null,
    p.file && p.file !== "ui" ? h("p", { class: "muted" }, p.row ? t("prov.file", { file: p.file, row: p.row }) : t("prov.fileOnly", { file: p.file })) : null,
    p.by && p.source !== "document" ? h("p", { class: "muted" }, t("prov.by", { by: p.by })) : null,
    documentSource(p),
    p.note ? h("p", { class: "muted" }, p.note) : null,
  );
}
