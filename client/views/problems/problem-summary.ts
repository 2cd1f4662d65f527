import type { Problem } from "../../../server/contracts/problems";
import { problemsApi } from "../../api/problems";
import { describeError } from "../../app/errors";
import { canWrite, readOnlyNote } from "../../app/permission";
import type { ViewContext } from "../../app/view-types";
import { t } from "../../i18n";
import { h } from "../../lib/dom";
import { provenanceBlock } from "../explore/provenance";
import { isOverdue, localToday } from "./overdue";
import { appLink, illustrativeNote, joinList, kindLabel, links, named, num, sourceBadge, statusBadge } from "./format";

export function objectiveExplained(): HTMLElement {
  return h(
    "details",
    { class: "objective", open: true, "data-testid": "objective" },
    h("summary", {}, t("objective.title")),
    h("ol", {}, ...[1, 2, 3, 4].map((i) => h("li", {}, t(`objective.c${i}`)))),
    h("p", {}, t("objective.constraints")),
    h("p", {}, t("objective.lead")),
    h("p", { class: "muted" }, t("objective.exactness")),
  );
}

/** The problem as posted: statement, technologies, indicators, money, eligibility and where it comes from. */
export function problemSummary(ctx: ViewContext, p: Problem, gaps: Set<string>, printable = false): HTMLElement {
  const close = h(
    "button",
    {
      "data-testid": "close-problem",
      onclick: async () => {
        if (!confirm(t("detail.confirmClose"))) return;
        try {
          await problemsApi.close(p.id);
          ctx.navigate(links.problem(p.id), { replace: true });
        } catch (error) {
          ctx.banner.error(describeError(error));
        }
      },
    },
    t("detail.close"),
  );
  const eligibility = [
    t("detail.leadKinds", { kinds: joinList(p.leadKinds.map(kindLabel)) }),
    p.localOnly ? t("detail.localOnly") : t("detail.anyLocation"),
    p.requireResearchMember ? t("detail.needsResearch") : t("detail.noResearch"),
  ];
  return h(
    "section",
    { class: "summary" },
    h(
      "div",
      { class: "page-head" },
      h(
        "div",
        {},
        h(
          "h1",
          {},
          named(p),
          " ",
          statusBadge(p.status, isOverdue(p, localToday()) ? p.deadline : null),
          " ",
          sourceBadge(p.provenance),
        ),
        p.nameEn && named(p) !== p.nameEn ? h("p", { class: "muted" }, p.nameEn) : null,
      ),
      printable
        ? null
        : h(
            "div",
            { class: "actions no-print" },
            appLink(ctx.navigate, "/problems", t("detail.back")),
            canWrite()
              ? h(
                  "button",
                  { onclick: () => ctx.navigate(`${links.problem(p.id)}/edit`), "data-testid": "edit-problem" },
                  t("detail.edit"),
                )
              : null,
            canWrite() && p.status !== "closed" ? close : null,
            h(
              "button",
              { onclick: () => ctx.navigate(`${links.problem(p.id)}/report`), "data-testid": "open-report" },
              t("detail.report"),
            ),
          ),
    ),
    illustrativeNote(p.provenance),
    printable ? null : readOnlyNote(t("perm.what.problem")),
    h("p", { class: "statement" }, p.statement),
    h(
      "dl",
      { class: "facts" },
      h("dt", {}, t("detail.poster")),
      h("dd", {}, p.poster ? appLink(ctx.navigate, links.explore(p.poster.id), named(p.poster)) : "—"),
      h("dt", {}, t("detail.chains")),
      h(
        "dd",
        {},
        ...p.chains.map((c) => h("span", { class: "chip" }, appLink(ctx.navigate, links.chain(c.id), named(c)))),
      ),
      h("dt", {}, t("detail.deadline")),
      h("dd", {}, p.deadline),
      h("dt", {}, t("detail.budget")),
      h(
        "dd",
        {},
        p.budget === null ? "—" : t("problems.budgetValue", { v: num(p.budget) }),
        p.selfFundingRatio === null ? "" : ` · ${t("detail.ratio", { r: num(p.selfFundingRatio) })}`,
      ),
      h("dt", {}, t("detail.eligibility")),
      h("dd", {}, eligibility.join(t("why.separator"))),
    ),
    h("h2", {}, t("detail.techs")),
    h(
      "table",
      { class: "grid compact" },
      h(
        "thead",
        {},
        h("tr", {}, h("th", {}, t("detail.tech")), h("th", {}, t("detail.weight")), h("th", {}, t("detail.holders"))),
      ),
      h(
        "tbody",
        {},
        ...p.requires.map((r) =>
          h(
            "tr",
            {},
            h("td", {}, appLink(ctx.navigate, links.explore(r.id), named(r))),
            h("td", { class: "num" }, num(r.weight)),
            h(
              "td",
              {},
              gaps.has(r.id)
                ? appLink(ctx.navigate, links.gap(r.id), h("span", { class: "chip uncovered" }, t("detail.gap")))
                : t("detail.held"),
            ),
          ),
        ),
      ),
    ),
    p.indicators.length ? h("h2", {}, t("detail.indicators")) : null,
    p.indicators.length
      ? h(
          "table",
          { class: "grid compact", "data-testid": "indicators" },
          h(
            "thead",
            {},
            h("tr", {}, ...["metric", "unit", "baseline", "target"].map((c) => h("th", {}, t(`form.${c}`)))),
          ),
          h(
            "tbody",
            {},
            ...p.indicators.map((i) =>
              h(
                "tr",
                {},
                h("td", {}, i.metric),
                h("td", {}, i.unit),
                h("td", { class: "num" }, i.baseline === null ? "—" : num(i.baseline)),
                h("td", { class: "num" }, num(i.target)),
              ),
            ),
          ),
        )
      : null,
    h("h2", {}, t("details.provenance")),
    provenanceBlock(p.provenance),
  );
}
