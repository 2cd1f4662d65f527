import type { FactAge, FreshnessResponse } from "../../../server/contracts/freshness";
import { freshnessApi } from "../../api/freshness";
import { describeError } from "../../app/errors";
import { session } from "../../app/session";
import type { MountedView, ViewContext } from "../../app/view-types";
import { t } from "../../i18n";
import { append, clear, h } from "../../lib/dom";
import "../../styles/panels.css";
import "./data.css";

/** A node kind or relationship type in the planner's language. */
const kindName = (kind: string, isLink: boolean) => {
  const key = isLink ? `ex.rel.${kind}` : `kind.${kind}`;
  const text = t(key);
  return text === key ? kind : text;
};
const dateText = (d: string | undefined) => d ?? t("prov.undated");
const statusName = (status: string) =>
  t(`fresh.status.${status}`) === `fresh.status.${status}` ? status : t(`fresh.status.${status}`);

/** /data/freshness — how old the facts are, stale first, and a re-verify action (analysts). */
export async function mount(ctx: ViewContext): Promise<MountedView> {
  const page = h(
    "div",
    { class: "data-page freshness-page", "data-testid": "freshness" },
    h("h1", {}, t("fresh.title")),
  );
  ctx.root.append(page);
  if (!session.can("analyst")) {
    page.append(h("p", { class: "muted", "data-testid": "freshness-locked" }, t("fresh.analystOnly")));
    return {};
  }
  const filters = { tier: "", kind: "" };
  const body = h("div", {});
  page.append(body);

  let latest = 0;
  async function load() {
    const mine = ++latest;
    try {
      const report = await freshnessApi.report({
        ...(filters.tier ? { tier: filters.tier } : {}),
        ...(filters.kind ? { kind: filters.kind } : {}),
        limit: 300,
      });
      if (mine === latest) render(report); // a newer filter change supersedes this answer
    } catch (error) {
      ctx.banner.error(describeError(error), () => void load());
    }
  }

  function reverifyForm(fact: FactAge, row: HTMLElement): HTMLElement {
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
        .then(() => {
          ctx.banner.info(t("fresh.saved"));
          return load();
        })
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

  function factRow(f: FactAge): HTMLElement {
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
          reverifyForm(f, row);
        },
      },
      t("fresh.reverify"),
    );
    row.lastElementChild!.append(button);
    return row;
  }

  function render(report: FreshnessResponse) {
    clear(body);
    const kinds = [...new Set(report.groups.map((g) => g.kind))].sort();
    const tierSelect = h(
      "select",
      { "data-testid": "fresh-tier", "aria-label": t("fresh.tier") },
      h("option", { value: "" }, t("fresh.allTiers")),
      ...["A", "B", "C"].map((tier) => h("option", { value: tier, selected: filters.tier === tier }, tier)),
    );
    const kindSelect = h(
      "select",
      { "data-testid": "fresh-kind", "aria-label": t("fresh.kind") },
      h("option", { value: "" }, t("fresh.allKinds")),
      ...[...new Set([...kinds, ...(filters.kind ? [filters.kind] : [])])].map((k) =>
        h("option", { value: k, selected: filters.kind === k }, kindName(k, k === k.toUpperCase())),
      ),
    );
    tierSelect.addEventListener("change", () => {
      filters.tier = tierSelect.value;
      void load();
    });
    kindSelect.addEventListener("change", () => {
      filters.kind = kindSelect.value;
      void load();
    });
    append(
      body,
      h("p", { class: "muted" }, t("fresh.intro", { n: report.staleAfterYears, today: report.today })),
      h(
        "p",
        { class: "facts", "data-testid": "fresh-totals" },
        t("fresh.totals", { facts: report.totals.facts, stale: report.totals.stale, undated: report.totals.undated }),
      ),
      h(
        "div",
        { class: "filters-row" },
        h("label", {}, t("fresh.tier"), " ", tierSelect),
        " ",
        h("label", {}, t("fresh.kind"), " ", kindSelect),
      ),
      h(
        "section",
        { class: "card" },
        h("h2", {}, t("fresh.overdue")),
        report.overdueProjects.length
          ? h(
              "ul",
              { "data-testid": "overdue" },
              ...report.overdueProjects.map((p) =>
                h(
                  "li",
                  { "data-id": p.id },
                  h(
                    "a",
                    { href: `/explore?focus=${encodeURIComponent(p.id)}&sel=${encodeURIComponent(p.id)}` },
                    p.name,
                  ),
                  " · ",
                  statusName(p.status),
                  " · ",
                  t(`fresh.reason.${p.reason}`, { date: p.plannedBy ?? dateText(p.asOf) }),
                ),
              ),
            )
          : h("p", { class: "muted" }, t("fresh.noOverdue")),
      ),
      h(
        "section",
        { class: "card" },
        h("h2", {}, t("fresh.byGroup")),
        h(
          "table",
          { class: "preview" },
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              ...[
                "fresh.col.source",
                "fresh.col.kind",
                "fresh.col.total",
                "fresh.col.stale",
                "fresh.col.undated",
                "fresh.col.oldest",
              ].map((k) => h("th", {}, t(k))),
            ),
          ),
          h(
            "tbody",
            {},
            ...report.groups
              .slice(0, 40)
              .map((g) =>
                h(
                  "tr",
                  {},
                  h(
                    "td",
                    {},
                    h("span", { class: `badge ${g.source}` }, t(`source.${g.source}`)),
                    g.tier ? ` ${g.tier}` : "",
                  ),
                  h("td", {}, kindName(g.kind, g.kind === g.kind.toUpperCase())),
                  h("td", {}, String(g.total)),
                  h("td", {}, String(g.stale)),
                  h("td", {}, String(g.undated)),
                  h("td", {}, dateText(g.oldest)),
                ),
              ),
          ),
        ),
      ),
      h(
        "section",
        { class: "card" },
        h("h2", {}, t("fresh.facts")),
        h(
          "table",
          { class: "preview", "data-testid": "fact-table", "data-filter": `${filters.tier}|${filters.kind}` },
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              ...[
                "fresh.col.name",
                "fresh.col.kind",
                "fresh.col.source",
                "fresh.col.asOf",
                "fresh.col.age",
                "fresh.col.status",
                "fresh.col.check",
                "fresh.col.action",
              ].map((k) => h("th", {}, t(k))),
            ),
          ),
          h("tbody", {}, ...report.facts.map(factRow)),
        ),
      ),
    );
  }

  await load();
  return {};
}
