import { problemsApi } from "../../api/problems";
import { describeError } from "../../app/errors";
import type { MountedView, ViewContext } from "../../app/view-types";
import { displayName, t } from "../../i18n";
import { h } from "../../lib/dom";
import { consortiumCard, consortiumGraph, namesFrom } from "./consortium-card";
import { appLink, kindLabel, links, pct } from "./format";
import { objectiveExplained, problemSummary } from "./problem-summary";
import { matchReportCsv } from "./report-csv";
import { savedConsortia } from "./saved-consortia";
import { downloadBlob, downloadText, fileSafe } from "../../lib/download";
import { svgPicture } from "../../lib/svg-raster";

const PARTS = ["coverage", "evidence", "proximity", "locality", "load"] as const;

/** A match report that prints cleanly (browser print → PDF) and downloads as CSV. */
export async function mountReport(ctx: ViewContext, id: string): Promise<MountedView> {
  let data;
  try {
    data = await Promise.all([
      problemsApi.get(id),
      problemsApi.candidates(id, 10),
      problemsApi.build(id, { maxSize: 5, k: 3 }),
    ]);
  } catch (error) {
    ctx.root.append(h("div", { class: "empty-state" }, describeError(error)));
    return {};
  }
  const [problem, candidates, build] = data;
  const names = namesFrom(build);
  // The consortia planners saved for this problem belong in the report too (proposed and formed).
  const saved = savedConsortia(ctx, id, { readOnly: true });
  await saved.load();
  const download = () =>
    downloadText(matchReportCsv(problem, candidates, build, t, saved.list), `match-report-${fileSafe(problem.id)}.csv`);
  ctx.root.append(
    h(
      "div",
      { class: "report", "data-testid": "report" },
      h(
        "div",
        { class: "actions no-print" },
        appLink(ctx.navigate, links.problem(id), t("report.back")),
        h("button", { onclick: () => window.print() }, t("report.print")),
        h("button", { class: "primary", onclick: download, "data-testid": "download-csv" }, t("report.csv")),
        h(
          "button",
          {
            "data-testid": "docx-download",
            onclick: async () => {
              const [{ matchReportDocx }, { toBlob }, graphs] = await Promise.all([
                import("../../reports/match-report-docx"),
                import("../../reports/docx-kit"),
                // each recommended consortium's graph as a picture (2× for print)
                Promise.all(build.consortia.map((c) => svgPicture(consortiumGraph(c, names)).catch(() => null))),
              ]);
              const blob = await toBlob(
                matchReportDocx(
                  problem,
                  candidates,
                  build,
                  saved.list,
                  t,
                  displayName,
                  new Date().toISOString().slice(0, 10),
                  graphs,
                ),
              );
              downloadBlob(blob, `match-report-${fileSafe(problem.id)}.docx`);
            },
          },
          t("report.docx.download"),
        ),
      ),
      h("p", { class: "muted" }, t("report.generated", { date: new Date().toISOString().slice(0, 10) })),
      problemSummary(ctx, problem, new Set(candidates.uncoverable), true),
      objectiveExplained(),
      h("h2", {}, t("report.consortia")),
      h(
        "p",
        {},
        build.exact
          ? t("builder.exact", { holders: build.holders, pool: build.poolSize })
          : t("builder.heuristic", { holders: build.holders, pool: build.poolSize }),
      ),
      ...build.consortia.map((c, i) =>
        consortiumCard(c, i + 1, { navigate: ctx.navigate, name: names.name, kind: names.kind }),
      ),
      saved.el,
      h("h2", {}, t("report.candidates")),
      h(
        "table",
        { class: "grid compact" },
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", {}, "#"),
            h("th", {}, t("cand.col.name")),
            h("th", {}, t("cand.col.kind")),
            h("th", {}, t("cand.col.score")),
            ...PARTS.map((p) => h("th", {}, t(`cand.col.${p}`))),
          ),
        ),
        h(
          "tbody",
          {},
          ...candidates.solvers.map((c, i) =>
            h(
              "tr",
              {},
              h("td", {}, String(i + 1)),
              h("td", {}, displayName(c)),
              h("td", {}, kindLabel(c.kind)),
              h("td", { class: "num" }, pct(c.solverScore)),
              ...PARTS.map((p) => h("td", { class: "num" }, pct(c.components[p].score))),
            ),
          ),
        ),
      ),
    ),
  );
  return {};
}
