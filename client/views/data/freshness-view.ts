import type { FreshnessResponse } from "../../../server/contracts/freshness";
import { freshnessApi } from "../../api/freshness";
import { describeError } from "../../app/errors";
import { session } from "../../app/session";
import type { MountedView, ViewContext } from "../../app/view-types";
import { t } from "../../i18n";
import { append, clear, h } from "../../lib/dom";
import { dateText, factRow, kindName, statusName } from "./freshness-rows";
import "../../styles/panels.css";
import "./data.css";

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

  const onReverify = {
    saved: () => {
      ctx.banner.info(t("fresh.saved"));
      return load();
    },
  };
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
          h("tbody", {}, ...report.facts.map((f) => factRow(f, onReverify))),
        ),
      ),
    );
  }

  await load();
  return {};
}
