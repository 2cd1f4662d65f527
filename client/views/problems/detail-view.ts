import { problemsApi } from "../../api/problems";
import { describeError } from "../../app/errors";
import type { MountedView, ViewContext } from "../../app/view-types";
import { displayName, t } from "../../i18n";
import { h } from "../../lib/dom";
import { builderPanel } from "./builder-panel";
import { candidatesTable } from "./candidates-table";
import { objectiveExplained, problemSummary } from "./problem-summary";
import { savedConsortia } from "./saved-consortia";

/** One problem: what is asked, who could solve or lead it, and the best consortia (with what-if and save). */
export async function mountDetail(ctx: ViewContext, id: string): Promise<MountedView> {
  let loaded;
  try {
    loaded = await Promise.all([problemsApi.get(id), problemsApi.candidates(id, 50)]);
  } catch (error) {
    ctx.root.append(h("div", { class: "empty-state" }, describeError(error)));
    return {};
  }
  const [problem, candidates] = loaded;
  const techName = (tech: string) => {
    const found = problem.requires.find((r) => r.id === tech);
    return found ? displayName(found) : tech;
  };
  const pool = [...new Map([...candidates.solvers, ...candidates.leads].map((c) => [c.id, c])).values()];
  const saved = savedConsortia(ctx, id);
  let table = candidatesTable(candidates, ctx.navigate, techName);
  // After a save the saved list and the candidates (their load) are fetched again.
  const refresh = async () => {
    await saved.load();
    try {
      const next = candidatesTable(await problemsApi.candidates(id, 50), ctx.navigate, techName);
      table.replaceWith(next);
      table = next;
    } catch (error) {
      ctx.banner.error(describeError(error));
    }
  };
  const builder = builderPanel(ctx, problem, pool, () => void refresh());
  ctx.root.append(
    problemSummary(ctx, problem, new Set(candidates.uncoverable)),
    objectiveExplained(),
    builder.el,
    table,
    saved.el,
    h("p", { class: "muted" }, t("detail.poolNote", { n: candidates.poolSize })),
  );
  await Promise.all([builder.run(), saved.load()]);
  return {};
}
