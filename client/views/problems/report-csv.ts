import type { BuildResponse, Candidate, CandidatesResponse } from "../../../server/contracts/matching";
import type { SavedConsortium } from "../../../server/contracts/consortia";
import { toCsv, type CsvValue } from "../../../server/contracts/csv";
import type { Problem } from "../../../server/contracts/problems";

type Translate = (key: string, vars?: Record<string, string | number>) => string;
type Row = CsvValue[];
const PARTS = ["coverage", "evidence", "proximity", "locality", "load"] as const;

function candidateRows(section: string, list: Candidate[], score: (c: Candidate) => number): Row[] {
  return list.map((c, i) => [
    section,
    i + 1,
    c.id,
    c.name,
    c.kind,
    score(c),
    ...PARTS.map((p) => c.components[p].score),
    c.components.coverage.techs.join(" "),
  ]);
}

/**
 * The match report as one CSV (UTF-8 with BOM so spreadsheet software shows Chinese): the problem, the
 * consortia and both candidate rankings, one `section` column telling the rows apart. Pure.
 */
export function matchReportCsv(
  problem: Problem,
  candidates: CandidatesResponse,
  build: BuildResponse,
  t: Translate,
  saved: SavedConsortium[] = [],
): string {
  const header: Row = ["section", "rank", "id", "name", "kind", "score", ...PARTS, "details"].map((key) =>
    t(`csv.${key}`),
  );
  const rows: Row[] = [
    [
      "problem",
      "",
      problem.id,
      problem.name,
      "Problem",
      "",
      "",
      "",
      "",
      "",
      "",
      `${t("csv.deadline")} ${problem.deadline}; ${t("csv.budget")} ${problem.budget ?? ""}; ${problem.provenance.source}`,
    ],
    ...build.consortia.map((c, i) => [
      "consortium",
      i + 1,
      c.lead,
      memberList(c.members),
      "",
      c.totalWeight ? c.coveredWeight / c.totalWeight : 0,
      "",
      "",
      "",
      "",
      "",
      `${t("csv.size")} ${c.size}; ${t("csv.cost")} ${c.cost}; ${t("csv.uncovered")} ${c.uncovered.join(" ") || "-"}; ${build.exact ? t("csv.exact") : t("csv.heuristic")}`,
    ]),
    ...saved.map((c, i) => [
      "saved",
      i + 1,
      c.id,
      memberList(c.members),
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      `${t(`consortium.status.${c.status}`)}; ${c.provenance.source}${c.provenance.by ? ` ${c.provenance.by}` : ""} ${c.provenance.asOf ?? ""}`,
    ]),
    ...candidateRows("solver", candidates.solvers, (c) => c.solverScore),
    ...candidateRows("lead", candidates.leads, (c) => c.leadScore),
  ];
  return toCsv([header, ...rows]);
}

/** Members in one cell, the lead starred. */
function memberList(members: readonly { role: string; name: string }[]): string {
  return members.map((m) => `${m.role === "lead" ? "*" : ""}${m.name}`).join("; ");
}
