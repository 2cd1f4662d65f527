import {
  CANDIDATE_KINDS,
  PROBLEM_STATUSES,
  ProblemCreate,
  ProblemFields,
  type Problem,
} from "../../../server/contracts/problems";
import { ORG_KINDS } from "../../../server/contracts/model";
import { graphApi } from "../../api/graph";
import { ApiError } from "../../api/http";
import { problemsApi } from "../../api/problems";
import { describeError } from "../../app/errors";
import type { MountedView, ViewContext } from "../../app/view-types";
import { displayName, t } from "../../i18n";
import { h } from "../../lib/dom";
import { fieldErrors, serverFieldErrors, type FieldError } from "./form-errors";
import type { FieldIssue } from "../../../server/contracts/errors";
import { field, indicatorRow, requirementRow, rowList, selectOf } from "./form-rows";
import { links } from "./format";

const options = (nodes: { id: string; name: string; nameEn?: string }[]): [string, string][] =>
  [...nodes].sort((a, b) => displayName(a).localeCompare(displayName(b))).map((n) => [n.id, displayName(n)]);

function checkbox(name: string, checked: boolean, label: string): { el: HTMLElement; input: HTMLInputElement } {
  const input = h("input", { type: "checkbox", name, checked });
  return { el: h("label", { class: "check" }, input, label), input };
}

/** Create (id null) or edit a problem. Validated with the shared schema first, then by the server. */
export async function mountForm(ctx: ViewContext, id: string | null): Promise<MountedView> {
  const [existing, orgs, techs, chains] = await Promise.all([
    id ? problemsApi.get(id) : Promise.resolve(null as Problem | null),
    graphApi.graph({ kinds: [...ORG_KINDS], limit: 5000 }),
    graphApi.graph({ kinds: ["Technology"], limit: 5000 }),
    graphApi.graph({ kinds: ["Chain"], limit: 200 }),
  ]).catch((error: unknown) => {
    ctx.banner.error(describeError(error), () => ctx.navigate(location.pathname));
    return [null, null, null, null] as const;
  });
  if (!orgs || !techs || !chains) return {};
  const p = existing;

  const text = (name: string, value = "", attrs: Record<string, string> = {}) =>
    h("input", { type: "text", name, value, ...attrs });
  const idInput = text("id", "", { placeholder: "prob:…" });
  const name = text("name", p?.name);
  const nameEn = text("nameEn", p?.nameEn ?? "");
  const statement = h("textarea", { name: "statement", rows: 4 }, p?.statement ?? "");
  const poster = selectOf("poster", options(orgs.nodes), p?.poster?.id ?? "", t("form.pickOrg"));
  const requires = rowList(
    "requires",
    requirementRow(options(techs.nodes)),
    p?.requires.map((r) => ({ tech: r.id, weight: r.weight })) ?? [null],
    t("form.addTech"),
  );
  const indicators = rowList("indicators", indicatorRow, p?.indicators ?? [], t("form.addIndicator"));
  const chainBoxes = options(chains.nodes).map(([value, label]) => ({
    value,
    ...checkbox("chains", p?.chains.some((c) => c.id === value) ?? false, label),
  }));
  const budget = h("input", {
    type: "number",
    name: "budget",
    min: "0",
    step: "any",
    value: p?.budget === null || p?.budget === undefined ? "" : String(p.budget),
  });
  const ratio = h("input", {
    type: "number",
    name: "selfFundingRatio",
    min: "0",
    step: "any",
    value: String(p?.selfFundingRatio ?? 2),
  });
  const deadline = h("input", { type: "date", name: "deadline", value: p?.deadline ?? "" });
  const leadBoxes = CANDIDATE_KINDS.map((kind) => ({
    kind,
    ...checkbox("leadKinds", p ? p.leadKinds.includes(kind) : kind === "Enterprise", t(`kind.${kind}`)),
  }));
  const localOnly = checkbox("localOnly", p?.localOnly ?? false, t("form.localOnly"));
  const research = checkbox("requireResearchMember", p?.requireResearchMember ?? true, t("form.requireResearch"));
  const status = selectOf(
    "status",
    PROBLEM_STATUSES.map((s) => [s, t(`problems.status.${s}`)]),
    p?.status ?? "open",
  );
  const formError = h("p", { class: "error", "data-error-for": "(form)" });

  const form = h(
    "form",
    { class: "problem-form", novalidate: true, "data-testid": "problem-form" },
    h("h1", {}, id ? t("form.editTitle") : t("form.newTitle")),
    p?.provenance.source === "illustrative" ? h("p", { class: "warn" }, t("form.editIllustrative")) : null,
    !id ? field("id", t("form.id"), idInput, t("form.idHint")) : null,
    field("name", t("form.name"), name),
    field("nameEn", t("form.nameEn"), nameEn),
    field("statement", t("form.statement"), statement),
    field("poster", t("form.poster"), poster),
    h("fieldset", {}, h("legend", {}, t("form.requires")), requires.el),
    h("fieldset", {}, h("legend", {}, t("form.indicators")), indicators.el),
    h(
      "div",
      { class: "row" },
      field("budget", t("form.budget"), budget),
      field("selfFundingRatio", t("form.ratio"), ratio, t("form.ratioHint")),
      field("deadline", t("form.deadline"), deadline),
    ),
    h(
      "fieldset",
      { "data-field": "chains" },
      h("legend", {}, t("form.chains")),
      ...chainBoxes.map((c) => c.el),
      h("small", { class: "error", "data-error-for": "chains" }),
    ),
    h(
      "fieldset",
      { "data-field": "leadKinds" },
      h("legend", {}, t("form.eligibility")),
      ...leadBoxes.map((b) => b.el),
      h("small", { class: "error", "data-error-for": "leadKinds" }),
      h("div", {}, localOnly.el, research.el),
    ),
    id ? field("status", t("form.status"), status) : null,
    formError,
    h(
      "div",
      { class: "actions" },
      h("button", { type: "submit", class: "primary", "data-testid": "save-problem" }, t("form.save")),
      h(
        "button",
        { type: "button", onclick: () => ctx.navigate(id ? links.problem(id) : "/problems") },
        t("form.cancel"),
      ),
    ),
  );
  ctx.root.append(form);

  const read = () => ({
    ...(!id && idInput.value.trim() ? { id: idInput.value.trim() } : {}),
    name: name.value,
    ...(nameEn.value.trim() ? { nameEn: nameEn.value } : {}),
    statement: statement.value,
    poster: poster.value,
    requires: requires.read(),
    indicators: indicators.read(),
    chains: chainBoxes.filter((c) => c.input.checked).map((c) => c.value),
    budget: budget.value === "" ? undefined : Number(budget.value),
    selfFundingRatio: ratio.value === "" ? undefined : Number(ratio.value),
    deadline: deadline.value,
    leadKinds: leadBoxes.filter((b) => b.input.checked).map((b) => b.kind),
    localOnly: localOnly.input.checked,
    requireResearchMember: research.input.checked,
    status: id ? status.value : "open",
  });

  const show = (errors: FieldError[]) => {
    form.querySelectorAll<HTMLElement>("[data-error-for]").forEach((el) => (el.textContent = ""));
    form.querySelectorAll(".invalid").forEach((el) => el.classList.remove("invalid"));
    const seen = new Set<string>();
    for (const error of errors) {
      // One message per field is enough (an empty id fails "required" and "format" alike).
      if (seen.has(error.field)) continue;
      seen.add(error.field);
      // The most specific slot that exists: requires.1.tech, else requires.1, else requires, else the form.
      let path = error.field;
      let slot = form.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(path)}"]`);
      while (!slot && path.includes(".")) {
        path = path.slice(0, path.lastIndexOf("."));
        slot = form.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(path)}"]`);
      }
      slot ??= formError;
      slot.textContent = slot.textContent ? `${slot.textContent}; ${error.message}` : error.message;
      slot.closest("[data-field]")?.classList.add("invalid");
    }
    form.querySelector<HTMLElement>(".invalid input, .invalid select, .invalid textarea")?.focus();
  };

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const parsed = (id ? ProblemFields : ProblemCreate).safeParse(read());
    if (!parsed.success) return show(fieldErrors(parsed.error.issues));
    show([]);
    try {
      const saved = id
        ? await problemsApi.update(id, parsed.data as ProblemFields)
        : await problemsApi.create(parsed.data as ProblemCreate);
      ctx.navigate(links.problem(saved.id));
    } catch (error) {
      const fields = error instanceof ApiError ? (error.details?.fields as FieldIssue[] | undefined) : undefined;
      if (fields) show(serverFieldErrors(fields));
      else if (error instanceof ApiError && error.code === "CONFLICT")
        show([{ field: "id", message: t("form.taken") }]);
      else ctx.banner.error(describeError(error));
    }
  });
  return {};
}
