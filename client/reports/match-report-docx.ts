import type { SavedConsortium } from "../../server/contracts/consortia";
import type { BuildResponse, CandidatesResponse } from "../../server/contracts/matching";
import type { Problem } from "../../server/contracts/problems";
import { document, figure, footnotes, heading, para, table, title, type Picture, type Translate } from "./docx-kit";

type Name = (x: { name: string; nameEn?: string }) => string;
const pct = (x: number) => `${Math.round(x * 100)}%`;
const PARTS = ["coverage", "evidence", "proximity", "locality", "load"] as const;

/**
 * The match report as a Word document: the problem, the recommended consortia (each with its graph as a
 * figure when given, `graphs[i]` for `build.consortia[i]`), the saved consortia, the candidates.
 */
export function matchReportDocx(
  problem: Problem,
  candidates: CandidatesResponse,
  build: BuildResponse,
  saved: SavedConsortium[],
  t: Translate,
  name: Name,
  date: string,
  graphs: (Picture | null)[] = [],
) {
  const notes = footnotes();
  const orgName = new Map(build.orgs.map((o) => [o.id, name(o)]));
  const techName = new Map(problem.requires.map((r) => [r.id, name(r)]));
  const docTitle = t("report.docx.matchTitle", { problem: name(problem) });
  const problemNote = notes.forProvenance(problem.provenance, name(problem), t);
  const facts: [string, string][] = [
    [t("report.docx.problem"), name(problem)],
    [t("csv.deadline"), problem.deadline],
    [t("csv.budget"), problem.budget === null ? "—" : String(problem.budget)],
    [t("report.docx.requires"), problem.requires.map((r) => `${name(r)} ×${r.weight}`).join("、")],
  ];
  const consortia = build.consortia.map((c, i) => [
    String(i + 1),
    orgName.get(c.lead) ?? c.lead,
    c.members.map((m) => `${m.role === "lead" ? "★" : ""}${name(m)}`).join("、"),
    `${pct(c.totalWeight ? c.coveredWeight / c.totalWeight : 0)}${c.uncovered.length ? `（${t("report.docx.uncovered")}：${c.uncovered.map((x) => techName.get(x) ?? x).join("、")}）` : ""}`,
  ]);
  const savedRows = saved.map((c) => [
    c.name,
    t(`consortium.status.${c.status}`),
    c.members.map((m) => `${m.role === "lead" ? "★" : ""}${name(m)}`).join("、"),
    {
      text: `${t(`source.${c.provenance.source}`)}${c.provenance.by ? ` · ${c.provenance.by}` : ""}${c.provenance.asOf ? ` · ${c.provenance.asOf}` : ""}`,
      notes: [notes.forProvenance(c.provenance, c.name, t)].filter((x): x is number => x !== null),
    },
  ]);
  const ranking = candidates.solvers.map((c, i) => [
    String(i + 1),
    name(c),
    t(`kind.${c.kind}`),
    pct(c.solverScore),
    ...PARTS.map((p) => pct(c.components[p].score)),
  ]);
  const children = [
    title(docTitle),
    para(t("chains.report.generated", { date }), { italic: true }),
    heading(t("report.docx.problem")),
    para(problem.statement),
    table(
      [t("report.docx.field"), t("report.docx.value")],
      facts.map(([k, v], i) => [k, i === 0 && problemNote !== null ? { text: v, notes: [problemNote] } : v]),
    ),
    heading(t("report.docx.consortia")),
    para(
      build.exact
        ? t("builder.exact", { holders: build.holders, pool: build.poolSize })
        : t("builder.heuristic", { holders: build.holders, pool: build.poolSize }),
    ),
    consortia.length
      ? table(["#", t("report.docx.lead"), t("report.docx.members"), t("report.docx.coverage")], consortia)
      : para("—"),
    ...graphs.flatMap((g, i) => (g ? figure(g, t("report.docx.figure.consortium", { n: i + 1, rank: i + 1 })) : [])),
    heading(t("report.docx.saved")),
    savedRows.length
      ? table(
          [t("report.docx.name"), t("report.docx.status"), t("report.docx.members"), t("report.docx.recorded")],
          savedRows,
        )
      : para(t("saved.none")),
    heading(t("report.docx.candidates")),
    table(
      ["#", t("cand.col.name"), t("cand.col.kind"), t("cand.col.score"), ...PARTS.map((p) => t(`cand.col.${p}`))],
      ranking,
    ),
    para(t("report.docx.sourcesNote"), { italic: true }),
  ];
  return document(children, notes, { title: docTitle });
}
