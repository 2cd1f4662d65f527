import type { QueryDetail } from "../../../server/contracts/queries";
import { queriesApi } from "../../api/queries";
import { describeError } from "../../app/errors";
import { canWrite } from "../../app/permission";
import type { ViewContext } from "../../app/view-types";
import { t } from "../../i18n";
import { clear, h } from "../../lib/dom";
import { createParamForm } from "./param-form";
import { renderResults } from "./results";
import { backToLibrary, local, runErrorMessage } from "./text";

/** The URL of a run: /queries/<id>?<param>=<value>… (what "share" copies); keeps ?lang. */
export function shareUrl(id: string, values: Record<string, string>): string {
  const url = new URL(`/queries/${encodeURIComponent(id)}`, location.origin);
  const current = new URLSearchParams(location.search).get("lang");
  for (const [name, value] of Object.entries(values)) if (value !== "") url.searchParams.set(name, value);
  if (current) url.searchParams.set("lang", current);
  return `${url.pathname}${url.search}`;
}

/** One library query: its parameter form, run, results; runs at once with the URL's (or default) values. */
export async function mountRunPage(ctx: ViewContext, id: string, url: URL): Promise<void> {
  let query: QueryDetail;
  try {
    query = await queriesApi.get(id);
  } catch (error) {
    ctx.root.append(h("div", { class: "empty-state" }, describeError(error)));
    return;
  }
  const initial = Object.fromEntries(
    [...url.searchParams].filter(([name]) => query.params.some((p) => p.name === name)),
  );
  const results = h("div", { class: "results-host", "data-testid": "results" });
  const status = h("p", { class: "run-status", role: "status" });
  let controller: AbortController | null = null;

  async function run() {
    const values = form.values();
    history.replaceState(null, "", shareUrl(id, values));
    controller?.abort();
    controller = new AbortController();
    status.textContent = t("queries.running");
    status.className = "run-status";
    try {
      const result = await queriesApi.run(id, values, controller.signal);
      status.textContent = "";
      renderResults(results, result, {
        view: query.view,
        bar: query.bar,
        columns: query.columns,
        name: id,
        open: (href) => ctx.navigate(href),
      });
    } catch (error) {
      if ((error as Error).name === "AbortError") return;
      clear(results);
      status.textContent = runErrorMessage(error);
      status.className = "run-status error";
    }
  }

  const form = createParamForm(query.params, initial, () => void run());
  const share = h(
    "button",
    {
      type: "button",
      "data-testid": "share",
      onclick: () => {
        const link = `${location.origin}${shareUrl(id, form.values())}`;
        void navigator.clipboard?.writeText(link).then(
          () => ctx.banner.info(t("queries.copied")),
          () => ctx.banner.info(link),
        );
      },
    },
    t("queries.share"),
  );
  const editorHref = `/queries/editor?${query.builtin ? "from" : "id"}=${encodeURIComponent(id)}`;
  const editor = !canWrite()
    ? null
    : h(
        "a",
        {
          class: "button",
          href: editorHref,
          onclick: (e: Event) => {
            e.preventDefault();
            ctx.navigate(editorHref);
          },
        },
        t("queries.openInEditor"),
      );
  ctx.root.append(
    h(
      "section",
      { class: "queries-page" },
      backToLibrary(ctx.navigate),
      h("h1", { "data-testid": "query-title" }, local(query.title)),
      h("p", { class: "muted" }, local(query.description)),
      h(
        "div",
        { class: "run-bar" },
        form.el,
        h(
          "div",
          { class: "run-actions" },
          h("button", { class: "primary", "data-testid": "run", onclick: () => void run() }, t("queries.run")),
          share,
          editor,
        ),
      ),
      status,
      results,
    ),
  );
  await run();
}
