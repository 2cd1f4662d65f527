import type { Problem } from "../../../server/contracts/problems";
import { PROBLEM_STATUSES } from "../../../server/contracts/problems";
import { graphApi } from "../../api/graph";
import { problemsApi, type ProblemFilters } from "../../api/problems";
import { describeError } from "../../app/errors";
import { canWrite, readOnlyNote } from "../../app/permission";
import type { MountedView, ViewContext } from "../../app/view-types";
import { displayName, t } from "../../i18n";
import { append, clear, h } from "../../lib/dom";
import { appLink, links, named, num, sourceBadge, statusBadge } from "./format";
import { boardOrder, isOverdue, localToday } from "./overdue";

const FILTERS = ["status", "chain", "technology", "deadlineAfter", "deadlineBefore"] as const;

function filtersFrom(url: URL): ProblemFilters {
  const get = (key: string) => url.searchParams.get(key) || undefined;
  const status = get("status") ?? "open";
  return {
    status: status === "all" ? undefined : status.split(","),
    chain: get("chain"),
    technology: get("technology"),
    deadlineBefore: get("deadlineBefore"),
    deadlineAfter: get("deadlineAfter"),
  };
}

function row(ctx: ViewContext, p: Problem): HTMLElement {
  return h(
    "tr",
    { "data-problem": p.id },
    h("td", {}, appLink(ctx.navigate, links.problem(p.id), named(p)), " ", sourceBadge(p.provenance)),
    h("td", {}, p.poster ? named(p.poster) : "—"),
    h(
      "td",
      {},
      ...p.requires.map((r) =>
        h("span", { class: "chip", title: t("problems.weight", { w: r.weight }) }, `${named(r)} ×${num(r.weight)}`),
      ),
    ),
    h("td", {}, p.chains.map(named).join(" / ") || "—"),
    h("td", { class: "nowrap" }, p.deadline),
    h("td", { class: "num nowrap" }, p.budget === null ? "—" : t("problems.budgetValue", { v: num(p.budget) })),
    h("td", { class: "nowrap" }, statusBadge(p.status, isOverdue(p, localToday()) ? p.deadline : null)),
    h("td", { class: "num" }, String(p.consortia)),
  );
}

/** The problem board (榜单): filters in the URL, a table, new and import. */
export async function mountBoard(ctx: ViewContext): Promise<MountedView> {
  const form = h("form", { class: "filters", "data-testid": "problem-filters" });
  const table = h("tbody", {});
  const count = h("p", { class: "muted" });
  const fileInput = h("input", {
    type: "file",
    accept: ".json,application/json",
    hidden: true,
    "data-testid": "import-file",
  });
  append(
    ctx.root,
    h(
      "div",
      { class: "page-head" },
      h("h1", {}, t("problems.board.title")),
      canWrite()
        ? h(
            "div",
            { class: "actions" },
            h(
              "button",
              { onclick: () => ctx.navigate("/problems/new"), "data-testid": "new-problem" },
              t("problems.board.new"),
            ),
            h("button", { onclick: () => fileInput.click() }, t("problems.board.import")),
            fileInput,
          )
        : null,
    ),
    h("p", { class: "lede" }, t("problems.board.lede")),
    readOnlyNote(t("perm.what.problems")),
    form,
    count,
    h(
      "table",
      { class: "grid", "data-testid": "problem-table" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          ...["name", "poster", "techs", "chains", "deadline", "budget", "status", "consortia"].map((c) =>
            h("th", {}, t(`problems.col.${c}`)),
          ),
        ),
      ),
      table,
    ),
  );

  const select = (name: string, options: [string, string][]) =>
    h("select", { name, "data-filter": name }, ...options.map(([value, label]) => h("option", { value }, label)));
  const controls = {
    status: select("status", [
      ...PROBLEM_STATUSES.map((s): [string, string] => [s, t(`problems.status.${s}`)]),
      ["all", t("problems.filter.all")],
    ]),
    chain: select("chain", [["", t("problems.filter.anyChain")]]),
    technology: select("technology", [["", t("problems.filter.anyTech")]]),
    deadlineAfter: h("input", { type: "date", name: "deadlineAfter", "data-filter": "deadlineAfter" }),
    deadlineBefore: h("input", { type: "date", name: "deadlineBefore", "data-filter": "deadlineBefore" }),
  };
  append(form, ...FILTERS.map((key) => h("label", {}, h("span", {}, t(`problems.filter.${key}`)), controls[key])));
  const fromUrl = (url: URL) => {
    for (const key of FILTERS) controls[key].value = url.searchParams.get(key) ?? (key === "status" ? "open" : "");
  };
  form.addEventListener("change", () => {
    const url = new URL(location.href);
    for (const key of FILTERS) {
      const value = controls[key].value;
      if (value && !(key === "status" && value === "open")) url.searchParams.set(key, value);
      else url.searchParams.delete(key);
    }
    ctx.navigate(`${url.pathname}${url.search}`, { replace: true });
  });

  async function load(url: URL) {
    fromUrl(url);
    try {
      const { problems } = await problemsApi.list(filtersFrom(url));
      clear(table);
      append(table, ...boardOrder(problems, localToday()).map((p) => row(ctx, p)));
      count.textContent = problems.length
        ? t("problems.board.count", { n: problems.length })
        : t("problems.board.empty");
    } catch (error) {
      ctx.banner.error(describeError(error), () => void load(url));
    }
  }

  fileInput.addEventListener("change", async () => {
    const file = fileInput.files?.[0];
    fileInput.value = "";
    if (!file) return;
    try {
      const parsed: unknown = JSON.parse(await file.text());
      const list = Array.isArray(parsed) ? parsed : (parsed as { problems?: unknown }).problems;
      const { created } = await problemsApi.import(list);
      ctx.banner.info(t("problems.board.imported", { n: created.length }));
      await load(new URL(location.href));
    } catch (error) {
      ctx.banner.error(
        error instanceof SyntaxError ? t("problems.board.badJson", { message: error.message }) : describeError(error),
      );
    }
  });

  // Filter options arrive after the table; the URL's choice is re-applied once they are there.
  const byName = (nodes: { id: string; name: string; nameEn?: string }[]) =>
    [...nodes].sort((a, b) => displayName(a).localeCompare(displayName(b)));
  void Promise.all([
    graphApi.graph({ kinds: ["Chain"], limit: 200 }),
    graphApi.graph({ kinds: ["Technology"], limit: 5000 }),
  ])
    .then(([chains, techs]) => {
      append(controls.chain, ...byName(chains.nodes).map((n) => h("option", { value: n.id }, displayName(n))));
      append(controls.technology, ...byName(techs.nodes).map((n) => h("option", { value: n.id }, displayName(n))));
      fromUrl(new URL(location.href));
    })
    .catch((error: unknown) => ctx.banner.error(describeError(error)));
  await load(new URL(location.href));
  return { update: (url) => void load(url) };
}
