import type { BuildResponse, Candidate, ConsortiumView } from "../../../server/contracts/matching";
import { CANDIDATE_KINDS, MAX_CONSORTIUM_SIZE, type Problem } from "../../../server/contracts/problems";
import { consortiaApi, problemsApi } from "../../api/problems";
import { describeError } from "../../app/errors";
import { canWrite } from "../../app/permission";
import type { ViewContext } from "../../app/view-types";
import { t } from "../../i18n";
import { append, clear, h } from "../../lib/dom";
import { consortiumCard, namesFrom, type CardContext } from "./consortium-card";
import { reasonText } from "./explain";
import { appLink, links } from "./format";
import { whatIfPanel } from "./what-if";

/** Controls for the builder (size, K, rules) and its results as cards, with what-if and save. */
export function builderPanel(ctx: ViewContext, problem: Problem, pool: Candidate[], onSaved: () => void) {
  const maxSize = h("input", {
    type: "number",
    min: "1",
    max: String(MAX_CONSORTIUM_SIZE),
    value: "5",
    "data-testid": "max-size",
  });
  const k = h("input", { type: "number", min: "1", max: "10", value: "3" });
  const leadBoxes = CANDIDATE_KINDS.map((kind) => ({
    kind,
    input: h("input", { type: "checkbox", checked: problem.leadKinds.includes(kind) }),
  }));
  const localOnly = h("input", { type: "checkbox", checked: problem.localOnly });
  const research = h("input", { type: "checkbox", checked: problem.requireResearchMember });
  const results = h("div", { class: "results", "data-testid": "consortia" });
  const request = () => ({
    maxSize: Number(maxSize.value),
    rules: {
      leadKinds: leadBoxes.filter((b) => b.input.checked).map((b) => b.kind),
      localOnly: localOnly.checked,
      requireResearchMember: research.checked,
    },
  });
  const names = namesFrom({ orgs: pool.map((c) => ({ ...c })), requires: problem.requires });
  const cx: CardContext = {
    navigate: ctx.navigate,
    name: names.name,
    kind: names.kind,
    onWhatIf: (c) => whatIf.open(c),
    // Saving needs an analyst; without one the cards still build, explain and what-if.
    onSave: !canWrite()
      ? undefined
      : async (c: ConsortiumView, status) => {
          try {
            const saved = await consortiaApi.save({
              problem: problem.id,
              status,
              members: c.members.map((m) => ({ org: m.id, role: m.role })),
            });
            if (saved.problem.status !== problem.status) {
              // Formed → the problem is now matched: re-open the page so its status badge and actions follow.
              ctx.navigate(links.problem(problem.id), { replace: true });
              ctx.banner.info(
                t("card.savedMatched", { name: saved.name, status: t(`problems.status.${saved.problem.status}`) }),
              );
            } else {
              onSaved();
              return t("card.saved", { name: saved.name });
            }
          } catch (error) {
            ctx.banner.error(describeError(error));
          }
          return undefined;
        },
  };
  const whatIf = whatIfPanel(ctx, problem.id, pool, cx, request);

  const show = (build: BuildResponse) => {
    build.orgs.forEach(names.add);
    clear(results);
    append(
      results,
      h(
        "p",
        { class: build.exact ? "ok" : "warn", "data-testid": "exactness" },
        build.exact
          ? t("builder.exact", { holders: build.holders, pool: build.poolSize })
          : t("builder.heuristic", { holders: build.holders, pool: build.poolSize }),
      ),
      build.reason ? h("p", { class: "warn", "data-testid": "reason" }, reasonText(build.reason)) : null,
      build.gaps.length
        ? h(
            "p",
            { class: "gaps", "data-testid": "gaps" },
            t("builder.gaps"),
            " ",
            ...build.gaps.map((g) =>
              appLink(ctx.navigate, g.link, h("span", { class: "chip uncovered" }, names.name(g.id))),
            ),
          )
        : null,
      ...build.consortia.map((c, i) => consortiumCard(c, i + 1, cx)),
    );
  };

  async function run() {
    const parsed = request();
    if (!(parsed.maxSize >= 1 && parsed.maxSize <= MAX_CONSORTIUM_SIZE)) {
      ctx.banner.error(t("builder.badSize", { max: MAX_CONSORTIUM_SIZE }));
      return;
    }
    results.textContent = t("loading");
    try {
      show(await problemsApi.build(problem.id, { ...parsed, k: Number(k.value) }));
    } catch (error) {
      ctx.banner.error(describeError(error), () => void run());
    }
  }

  const el = h(
    "section",
    { class: "builder" },
    h("h2", {}, t("builder.title")),
    h(
      "form",
      {
        class: "builder-controls no-print",
        onsubmit: (event: Event) => {
          event.preventDefault();
          void run();
        },
      },
      h("label", {}, t("builder.maxSize"), maxSize),
      h("label", {}, t("builder.k"), k),
      h(
        "span",
        { class: "group" },
        t("builder.leadKinds"),
        ...leadBoxes.map((b) => h("label", { class: "check" }, b.input, t(`kind.${b.kind}`))),
      ),
      h("label", { class: "check" }, localOnly, t("form.localOnly")),
      h("label", { class: "check" }, research, t("form.requireResearch")),
      h("button", { type: "submit", class: "primary", "data-testid": "build" }, t("builder.run")),
    ),
    results,
    whatIf.el,
  );
  return { el, run };
}
