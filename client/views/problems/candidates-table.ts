import type { Candidate, CandidatesResponse } from "../../../server/contracts/matching";
import { displayName, t } from "../../i18n";
import { clear, h } from "../../lib/dom";
import { appLink, kindLabel, links, num, pct } from "./format";

const PARTS = ["coverage", "evidence", "proximity", "locality", "load"] as const;

/** What each component rests on, in words (the numbers are in the bar). */
function detail(c: Candidate, part: (typeof PARTS)[number], techName: (id: string) => string): string {
  const k = c.components;
  switch (part) {
    case "coverage":
      return k.coverage.techs.map(techName).join("、") || "—";
    case "evidence":
      return t("cand.evidenceDetail", {
        level: num(k.evidence.level),
        projects: k.evidence.projects.length,
        platforms: k.evidence.platforms.length,
      });
    case "proximity":
      return k.proximity.isPoster
        ? t("cand.isPoster")
        : k.proximity.hops === null
          ? t("cand.unconnected")
          : t("cand.hops", { n: k.proximity.hops, direct: k.proximity.directTies.length });
    case "locality":
      return k.locality.local ? t("cand.local") : t("cand.notLocal");
    case "load":
      return t("cand.load", { n: k.load.openConsortia.length });
  }
}

function row(
  c: Candidate,
  rank: number,
  score: number,
  navigate: (url: string) => void,
  techName: (id: string) => string,
): HTMLElement {
  const evidence = [...new Set([c.id, ...PARTS.flatMap((p) => c.components[p].evidence)])];
  return h(
    "tr",
    { class: c.eligible ? "" : "ineligible", "data-candidate": c.id },
    h("td", { class: "num" }, String(rank)),
    h(
      "td",
      {},
      appLink(navigate, links.explore(c.id), displayName(c)),
      c.eligible ? null : h("span", { class: "badge", title: t("cand.ineligibleHint") }, t("cand.ineligible")),
    ),
    h("td", {}, kindLabel(c.kind)),
    h("td", { class: "num strong" }, pct(score)),
    ...PARTS.map((part) =>
      h(
        "td",
        { class: "part", title: detail(c, part, techName) },
        h("div", { class: "bar small" }, h("span", { style: `width:${Math.round(c.components[part].score * 100)}%` })),
        h("small", {}, detail(c, part, techName)),
      ),
    ),
    h(
      "td",
      {},
      appLink(navigate, links.exploreNodes(evidence, c.id), t("cand.evidenceLink")),
      c.notStated?.length
        ? h(
            "span",
            {
              class: "badge basis-inferred",
              "data-testid": "not-stated",
              title: c.notStated.map((x) => `${x.id}（${t(`basis.${x.basis}`)}）`).join("\n"),
            },
            t("cand.notStated", { n: c.notStated.length }),
          )
        : null,
    ),
  );
}

/** Solvers and possible leads, with every score component readable and linked to its evidence. */
export function candidatesTable(
  data: CandidatesResponse,
  navigate: (url: string) => void,
  techName: (id: string) => string,
): HTMLElement {
  const body = h("tbody", {});
  const tabs = h("div", { class: "tabs", role: "tablist" });
  const weights = h("p", { class: "muted" });
  const show = (which: "solvers" | "leads") => {
    clear(body);
    const list = data[which];
    list.forEach((c, i) =>
      body.append(row(c, i + 1, which === "solvers" ? c.solverScore : c.leadScore, navigate, techName)),
    );
    if (!list.length) body.append(h("tr", {}, h("td", { colspan: 10, class: "muted" }, t(`cand.none.${which}`))));
    const w = data.weights[which === "solvers" ? "solver" : "lead"];
    weights.textContent = t("cand.weights", { ...Object.fromEntries(PARTS.map((p) => [p, pct(w[p])])) });
    tabs.querySelectorAll("button").forEach((b) => b.setAttribute("aria-selected", String(b.dataset.tab === which)));
  };
  for (const which of ["solvers", "leads"] as const) {
    tabs.append(
      h(
        "button",
        { role: "tab", "data-tab": which, onclick: () => show(which) },
        t(`cand.tab.${which}`, { n: data[which].length }),
      ),
    );
  }
  const table = h(
    "table",
    { class: "grid candidates", "data-testid": "candidate-table" },
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
        ...PARTS.map((p) => h("th", { title: t(`cand.hint.${p}`) }, t(`cand.col.${p}`))),
        h("th", {}, t("cand.col.link")),
      ),
    ),
    body,
  );
  show("solvers");
  return h(
    "section",
    { class: "candidates-section" },
    h("h2", {}, t("cand.title")),
    tabs,
    weights,
    h("div", { class: "scroll" }, table),
  );
}
