import type { GapsResponse } from "../../../server/contracts/chains";
import { chainsApi } from "../../api/chains";
import type { ViewContext } from "../../app/view-types";
import { displayName, lang, t } from "../../i18n";
import { h } from "../../lib/dom";
import { appLink, type ChainsPage } from "./chains-page";
import { orgLookup, reasonText, statusBadge, type OrgLookup } from "./gap-labels";
import { holdersPanel } from "./holders-panel";
import { chainsUrl, type ChainsRoute } from "./page-route";
import { rulesBox } from "./rules-box";
import { downloadBlob, fileSafe } from "../../lib/download";
import { svgPicture } from "../../lib/svg-raster";
import { panoramaSvg } from "./panorama-view";

const TOP_REMEDIES = 3;

/** Names for a table cell; illustrative organisations get a * (explained under the table). */
function names(lookup: OrgLookup, ids: string[]): string {
  return (
    ids
      .map((id) => {
        const org = lookup(id);
        return org ? `${displayName(org)}${org.provenance.source === "illustrative" ? "*" : ""}` : id;
      })
      .join(t("chains.listSep")) || "—"
  );
}

function reportTable(report: GapsResponse): HTMLElement {
  const lookup = orgLookup(report);
  const head = [
    "chains.report.segment",
    "chains.report.status",
    "chains.report.reasons",
    "chains.report.enterprises",
    "chains.report.research",
    "chains.report.spof",
    "chains.report.remedies",
  ];
  return h(
    "table",
    { class: "report-table", "data-testid": "report-table" },
    h("thead", {}, h("tr", {}, ...head.map((key) => h("th", {}, t(key))))),
    h(
      "tbody",
      {},
      ...report.segments.map((s) =>
        h(
          "tr",
          { "data-segment": s.id, "data-status": s.status },
          h("td", {}, `${s.order}. ${displayName(s)}`, h("div", { class: "muted" }, t(`chains.stage.${s.stage}`))),
          h("td", {}, statusBadge(s.status)),
          h("td", {}, s.reasons.map(reasonText).join(t("chains.sep"))),
          h("td", {}, names(lookup, s.enterprises)),
          h("td", {}, names(lookup, s.research)),
          h("td", {}, names(lookup, s.spof)),
          h(
            "td",
            {},
            s.remedies
              .slice(0, TOP_REMEDIES)
              .map((r) =>
                t("chains.report.remedy", {
                  org: names(lookup, [r.orgId]),
                  strategy: t(`chains.remedy.strategy.${r.strategy}`),
                  score: r.score,
                }),
              )
              .join(t("chains.sep")) || "—",
          ),
        ),
      ),
    ),
  );
}

/** A printable gap report of one chain (print CSS hides the app chrome) with a CSV export. */
export async function reportPage(
  ctx: ViewContext,
  route: Extract<ChainsRoute, { page: "report" }>,
  root: HTMLElement,
): Promise<ChainsPage> {
  const report = await chainsApi.gaps(route.chainId);
  const today = new Date().toLocaleDateString(lang() === "zh" ? "zh-CN" : "en-GB");
  root.classList.add("report-page");
  root.append(
    h(
      "div",
      { class: "no-print report-actions" },
      appLink(ctx, chainsUrl.detail(report.chain.id), `← ${displayName(report.chain)}`),
      h("button", { type: "button", onclick: () => window.print() }, t("chains.report.print")),
      h(
        "a",
        { href: chainsApi.csvUrl(report.chain.id), download: "", "data-testid": "csv-link", class: "button" },
        t("chains.report.csv"),
      ),
      h(
        "button",
        { type: "button", "data-testid": "docx-download", onclick: () => void downloadDocx(report, today) },
        t("report.docx.download"),
      ),
    ),
    h("h1", {}, t("chains.report.title", { chain: displayName(report.chain) })),
    h(
      "p",
      { class: "muted" },
      t("chains.report.generated", { date: today }),
      " · ",
      t("chains.chainCounts", report.counts),
    ),
    reportTable(report),
    h("p", { class: "muted" }, t("chains.report.illustrative")),
    holdersPanel(report),
    rulesBox(true),
  );
  return {};
}

const PANORAMA_WIDTH = 960;

/** The same report as a Word file (government staff paste reports into Word). */
async function downloadDocx(report: GapsResponse, date: string) {
  // loaded on demand: the Word writer is large and only needed here
  const [{ chainReportDocx }, { toBlob }, panorama] = await Promise.all([
    import("../../reports/chain-report-docx"),
    import("../../reports/docx-kit"),
    // the panorama as a picture: three bands side by side, at 2× for print
    svgPicture(panoramaSvg(report, PANORAMA_WIDTH)).catch(() => undefined),
  ]);
  const blob = await toBlob(chainReportDocx(report, t, displayName, date, panorama));
  downloadBlob(blob, `chain-report-${fileSafe(report.chain.id)}.docx`);
}
