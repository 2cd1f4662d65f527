import type { GapsResponse } from "../../server/contracts/chains";
import {
  document,
  figure,
  footnotes,
  heading,
  para,
  table,
  title,
  type CellContent,
  type Picture,
  type Translate,
} from "./docx-kit";

const TOP_REMEDIES = 3;
type Name = (x: { name: string; nameEn?: string }) => string;

/**
 * The chain gap report as a Word document: the panorama as a figure (when given), headings, the segment
 * table, holders, sources as footnotes.
 */
export function chainReportDocx(report: GapsResponse, t: Translate, name: Name, date: string, panorama?: Picture) {
  const notes = footnotes();
  const orgs = new Map(report.orgs.map((o) => [o.id, o]));
  const orgCell = (ids: string[]): CellContent => {
    const marks: number[] = [];
    const text =
      ids
        .map((id) => {
          const org = orgs.get(id);
          if (!org) return id;
          const note = notes.forProvenance(org.provenance, name(org), t);
          if (note !== null && !marks.includes(note)) marks.push(note);
          return name(org);
        })
        .join("、") || "—";
    return { text, notes: marks };
  };
  const docTitle = t("chains.report.title", { chain: name(report.chain) });
  const rows = report.segments.map((s) => [
    `${s.order}. ${name(s)}`,
    t(`chains.stage.${s.stage}`),
    t(`chains.status.${s.status}`),
    s.reasons.map((r) => t(`chains.reason.${r}`)).join("；"),
    orgCell(s.enterprises),
    orgCell(s.research),
    orgCell(s.evidence.nonLocal),
    s.remedies
      .slice(0, TOP_REMEDIES)
      .map((r) =>
        t("chains.report.remedy", {
          org: orgs.get(r.orgId) ? name(orgs.get(r.orgId)!) : r.orgId,
          strategy: t(`chains.remedy.strategy.${r.strategy}`),
          score: r.score,
        }),
      )
      .join("；") || "—",
  ]);
  const holders = report.holders.betweenness
    .slice(0, 10)
    .map((b, i) => [
      String(i + 1),
      orgs.get(b.orgId) ? name(orgs.get(b.orgId)!) : b.orgId,
      b.score.toFixed(3),
      report.holders.articulation.includes(b.orgId) ? "◆" : "",
    ]);
  const children = [
    title(docTitle),
    para(`${t("chains.report.generated", { date })} · ${t("chains.chainCounts", report.counts)}`, { italic: true }),
    ...(panorama ? figure(panorama, t("report.docx.figure.panorama", { chain: name(report.chain) })) : []),
    heading(t("report.docx.segments")),
    table(
      [
        t("chains.report.segment"),
        t("report.docx.stage"),
        t("chains.report.status"),
        t("chains.report.reasons"),
        t("chains.report.enterprises"),
        t("chains.report.research"),
        t("report.docx.nonLocal"),
        t("chains.report.remedies"),
      ],
      rows,
    ),
    heading(t("chains.holders.title")),
    para(t("chains.holders.note")),
    holders.length
      ? table(["#", t("report.docx.org"), t("report.docx.betweenness"), t("report.docx.articulation")], holders)
      : para(t("chains.holders.none")),
    heading(t("report.docx.method")),
    ...["missing", "weak", "broken", "strong"].map((s) => para(t(`chains.rules.${s}`))),
    para(t("report.docx.sourcesNote"), { italic: true }),
  ];
  return document(children, notes, { title: docTitle });
}
