import type { Claim, Claims, Provenance } from "../../../server/contracts/common";
import { lastKnown } from "../../../server/contracts/freshness";
import { t } from "../../i18n";
import { h } from "../../lib/dom";
import { staleNow } from "../../lib/freshness";
import { session } from "../../app/session";

/** A fact read from an ingested document: who reviewed it, and (for analysts) a link to its highlighted sentence. */
function documentSource(p: Provenance): HTMLElement | null {
  if (p.source !== "document" || !p.documentId) return null;
  const at = p.quoteStart !== undefined ? `?at=${p.quoteStart}-${p.quoteEnd ?? p.quoteStart}` : "";
  return h(
    "p",
    { class: "muted" },
    p.by ? t("prov.reviewedBy", { by: p.by, at: (p.reviewedAt ?? "").slice(0, 10) }) : null,
    session.can("analyst")
      ? h(
          "a",
          { href: `/data/documents/${encodeURIComponent(p.documentId)}${at}`, "data-testid": "prov-document-link" },
          " ",
          t("prov.openSentence"),
        )
      : null,
  );
}

const basisOf = (p: { basis?: string }) => p.basis ?? "stated";

/** The basis badge: how sure the fact is (stated / inferred / editorial), with the editors' reasoning on hover. */
export function basisBadge(p: Provenance): HTMLElement {
  const basis = basisOf(p);
  return h(
    "span",
    { class: `badge basis-${basis}`, "data-basis": basis, title: p.reasoning ?? t(`basis.${basis}.hint`) },
    t(`basis.${basis}`),
  );
}

/** "截至 2014" / "未注明日期" and, when old, "可能已过时" (a confirming re-verification counts as newer). */
function dateLine(p: Provenance, checks: Claim[] | undefined): (HTMLElement | null)[] {
  const known = lastKnown(p.asOf, checks);
  return [
    h("span", { class: "muted" }, " · ", p.asOf ? t("prov.asOf", { date: p.asOf }) : t("prov.undated")),
    staleNow(known) ? h("span", { class: "badge stale", "data-testid": "stale" }, t("prov.stale")) : null,
  ];
}

/** Re-verifications of the item (newest last): who checked against which URL, when, with what outcome. */
function checksList(checks: Claim[]): HTMLElement | null {
  const shown = checks.filter((c) => c.check);
  if (!shown.length) return null;
  return h(
    "ul",
    { class: "checks-list muted small" },
    ...shown.map((c) =>
      h(
        "li",
        { "data-testid": "check" },
        t("prov.checked", { date: c.asOf ?? "?", by: c.by ?? "?" }),
        " · ",
        t(`fresh.outcome.${c.outcome ?? "confirmed"}`),
        " ",
        c.url ? h("a", { href: c.url, target: "_blank", rel: "noopener noreferrer" }, t("prov.url")) : null,
        c.note ? ` — ${c.note}` : null,
      ),
    ),
  );
}

/** The provenance block shown for every node and link: basis, quote or URL with tier, dates, flags, checks. */
export function provenanceBlock(p: Provenance, claims?: Claims): HTMLElement {
  const checks = claims?.["*"];
  return h(
    "div",
    { class: "provenance", "data-source": p.source, "data-basis": basisOf(p) },
    h("span", { class: `badge ${p.source}` }, t(`source.${p.source}`)),
    " ",
    basisBadge(p),
    p.uncertain ? h("span", { class: "badge" }, t("prov.uncertain")) : null,
    p.tier ? h("span", { class: "muted" }, " ", t("prov.tier", { tier: p.tier })) : null,
    ...dateLine(p, checks),
    p.validFrom || p.validTo
      ? h("p", { class: "muted small" }, t("prov.valid", { from: p.validFrom ?? "…", to: p.validTo ?? "…" }))
      : null,
    p.source === "illustrative" ? h("p", { class: "warn" }, t("source.illustrativeWarning")) : null,
    p.reasoning ? h("p", { class: "reasoning small" }, t("prov.reasoning"), "：", p.reasoning) : null,
    p.quote
      ? h(
          "blockquote",
          { title: t(p.source === "document" ? "prov.documentQuote" : "prov.quote"), "data-testid": "prov-quote" },
          `“${p.quote}”`,
        )
      : null,
    p.url ? h("p", {}, h("a", { href: p.url, target: "_blank", rel: "noopener noreferrer" }, t("prov.url"))) : null,
    p.file === "ui" ? h("p", { class: "muted" }, t("prov.enteredInApp")) : null,
    p.file && p.file !== "ui"
      ? h(
          "p",
          { class: "muted" },
          p.row ? t("prov.file", { file: p.file, row: p.row }) : t("prov.fileOnly", { file: p.file }),
        )
      : null,
    p.by && p.source !== "document" ? h("p", { class: "muted" }, t("prov.by", { by: p.by })) : null,
    documentSource(p),
    p.note ? h("p", { class: "muted" }, p.note) : null,
    checks ? checksList(checks) : null,
  );
}

/** What a citation says on hover: source, tier, date, basis, note or quote. */
function claimTitle(c: Claim): string {
  return [
    t(`source.${c.source}`),
    c.tier ? t("prov.tier", { tier: c.tier }) : null,
    c.asOf ? t("prov.asOf", { date: c.asOf }) : t("prov.undated"),
    t(`basis.${basisOf(c)}`),
    c.check ? t("prov.checked", { date: c.asOf ?? "?", by: c.by ?? "?" }) : null,
    c.quote ? `“${c.quote}”` : null,
    c.note ?? null,
  ]
    .filter(Boolean)
    .join(" · ");
}

/**
 * Superscript citations for one property value ([1] [2] …, linked when a URL is given, details on hover),
 * plus 可能已过时 when even its newest citation is old.
 */
export function claimMarks(claims: Claim[] | undefined, start: number): { marks: HTMLElement[]; next: number } {
  if (!claims?.length) return { marks: [], next: start };
  let n = start;
  const marks = claims.map((c) => {
    const label = `[${n++}]`;
    const attrs = { class: `cite basis-${basisOf(c)}`, "data-testid": "claim", title: claimTitle(c) };
    return h(
      "sup",
      attrs,
      c.url ? h("a", { href: c.url, target: "_blank", rel: "noopener noreferrer" }, label) : label,
    );
  });
  const newest = claims
    .map((c) => c.asOf)
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1);
  if (newest && staleNow(newest))
    marks.push(h("span", { class: "badge stale small", "data-testid": "stale" }, t("prov.stale")));
  return { marks, next: n };
}
