import type { Candidate, ConsortiumView, EvaluateResponse } from "../../../server/contracts/matching";
import { problemsApi } from "../../api/problems";
import { describeError } from "../../app/errors";
import type { ViewContext } from "../../app/view-types";
import { displayName, t } from "../../i18n";
import { append, clear, h } from "../../lib/dom";
import { consortiumGraph, coverageLine, memberList, techChips, type CardContext } from "./consortium-card";
import { num } from "./format";

const signed = (x: number) => (x > 0 ? `+${num(x)}` : x < 0 ? `−${num(-x)}` : "±0");

/**
 * What-if: start from a proposed consortium, remove or add members, and see coverage, cost and the rules
 * recomputed by the same builder code on the server (POST …/consortia/evaluate).
 */
export function whatIfPanel(
  ctx: ViewContext,
  problemId: string,
  pool: Candidate[],
  cx: CardContext,
  request: () => { maxSize: number; rules: object },
) {
  const el = h("section", { class: "what-if", hidden: true, "data-testid": "what-if-panel" });
  let base: ConsortiumView | null = null;
  let members: string[] = [];
  let generation = 0;

  async function refresh() {
    const mine = ++generation;
    clear(el);
    el.hidden = false;
    const add = h(
      "select",
      { "data-testid": "what-if-add" },
      h("option", { value: "" }, t("whatIf.add")),
      ...pool.filter((c) => !members.includes(c.id)).map((c) => h("option", { value: c.id }, displayName(c))),
    );
    add.addEventListener("change", () => {
      if (add.value) members = [...members, add.value];
      void refresh();
    });
    append(
      el,
      h("h2", {}, t("whatIf.title")),
      h("p", { class: "muted" }, t("whatIf.lede")),
      h(
        "div",
        { class: "chips" },
        ...members.map((id) =>
          h(
            "span",
            { class: "chip" },
            cx.name(id),
            h(
              "button",
              {
                class: "remove",
                "aria-label": t("whatIf.remove", { name: cx.name(id) }),
                "data-remove": id,
                onclick: () => {
                  members = members.filter((m) => m !== id);
                  void refresh();
                },
              },
              "×",
            ),
          ),
        ),
      ),
      add,
    );
    if (!members.length) return;
    let result: EvaluateResponse;
    try {
      result = await problemsApi.evaluate(problemId, { members, ...request() });
    } catch (error) {
      ctx.banner.error(describeError(error));
      return;
    }
    if (mine !== generation) return;
    const c = result.consortium;
    const delta = base
      ? h(
          "p",
          { class: "delta", "data-testid": "what-if-delta" },
          t("whatIf.delta", {
            coverage: signed(c.coveredWeight - base.coveredWeight),
            size: signed(c.size - base.size),
            cost: signed(c.cost - base.cost),
          }),
        )
      : null;
    append(
      el,
      delta,
      coverageLine(c),
      result.feasible
        ? h("p", { class: "ok" }, t("whatIf.feasible"))
        : h(
            "p",
            { class: "warn", "data-testid": "what-if-violations" },
            t("whatIf.infeasible"),
            " ",
            result.violations.map((v) => t(`violation.${v}`)).join(t("why.separator")),
          ),
      h(
        "div",
        { class: "card-body" },
        h("div", {}, memberList(c, cx), techChips(c, cx)),
        h("div", { class: "graph" }, consortiumGraph(c, cx)),
      ),
      result.feasible && cx.onSave
        ? h(
            "button",
            { class: "primary", "data-testid": "save-what-if", onclick: () => void cx.onSave!(c, "proposed") },
            t("whatIf.save"),
          )
        : null,
      h(
        "button",
        {
          onclick: () => {
            el.hidden = true;
          },
        },
        t("whatIf.close"),
      ),
    );
  }

  return {
    el,
    open(consortium: ConsortiumView) {
      base = consortium;
      members = consortium.members.map((m) => m.id);
      void refresh().then(() => el.scrollIntoView({ behavior: "smooth", block: "start" }));
    },
  };
}
