import type { QueryDetail, SchemaResponse } from "../../../server/contracts/queries";
import { queriesApi } from "../../api/queries";
import { describeError } from "../../app/errors";
import { canChangeOwned } from "../../app/permission";
import type { ViewContext } from "../../app/view-types";
import { t } from "../../i18n";
import { clear, h } from "../../lib/dom";
import { createCypherEditor } from "./cypher-editor";
import { createParamsPanel } from "./editor-params";
import { createSaveBox } from "./editor-save";
import { renderResults } from "./results";
import { backToLibrary, local, runErrorMessage } from "./text";
import { createVersionPanel } from "./version-panel";

const STARTER =
  "MATCH (o:Org)-[:HAS_CAPABILITY]->(t:Technology {id: $tech})\nRETURN o.name AS name, o.kind AS kind, o.local AS local\nORDER BY name";

/** /queries/editor[?id=<saved query>|?from=<library query>]: write, run, save with history, delete. */
export async function mountEditor(ctx: ViewContext, url: URL): Promise<() => void> {
  let schema: SchemaResponse | null = null;
  const status = h("p", { class: "run-status", role: "status" });
  const results = h("div", { class: "results-host", "data-testid": "results" });
  const host = h("div", { class: "cm-host", "data-testid": "cypher-editor" });
  const params = createParamsPanel();
  const mine = h("div", { class: "side-box" });
  let controller: AbortController | null = null;

  async function run() {
    controller?.abort();
    controller = new AbortController();
    status.textContent = t("queries.running");
    status.className = "run-status";
    try {
      const result = await queriesApi.cypher(editor.text(), params.values(), controller.signal);
      status.textContent = "";
      renderResults(results, result, {
        view: result.graph ? "graph" : "table",
        name: "query",
        open: (href) => ctx.navigate(href),
      });
    } catch (error) {
      if ((error as Error).name === "AbortError") return;
      clear(results);
      status.textContent = runErrorMessage(error);
      status.className = "run-status error";
    }
  }

  const editor = createCypherEditor(host, {
    doc: STARTER,
    onRun: () => void run(),
    onChange: () => params.sync(editor.text()),
    schema: () => schema,
  });
  const versions = createVersionPanel(ctx, { currentText: () => editor.text(), onRestored: (id) => void open(id) });
  const save = createSaveBox(ctx, {
    body: () => ({ text: editor.text(), params: params.declarations() }),
    onSaved: (query) => {
      history.replaceState(
        null,
        "",
        `/queries/editor?id=${encodeURIComponent(query.id)}${location.search.includes("lang=en") ? "&lang=en" : ""}`,
      );
      void versions.show(query.id);
      void listMine();
    },
    onDeleted: () => ctx.navigate("/queries/editor", { replace: true }),
  });

  function load(query: QueryDetail | null, saved: boolean) {
    editor.setText(query?.text ?? STARTER);
    params.load(
      query?.params ?? [{ name: "tech", type: "techId", optional: false, default: "tech:igbt" }],
      editor.text(),
    );
    save.load(query, saved);
    void versions.show(saved && query ? query.id : null, saved && query !== null && canChangeOwned(query.owner));
  }

  async function open(id: string) {
    try {
      load(await queriesApi.get(id), id.startsWith("u-"));
    } catch (error) {
      ctx.banner.error(describeError(error));
    }
  }

  async function listMine() {
    clear(mine);
    mine.append(h("h2", {}, t("editor.mine")));
    const link = (href: string, text: string) =>
      h(
        "a",
        {
          href,
          onclick: (e: Event) => {
            e.preventDefault();
            ctx.navigate(href);
          },
        },
        text,
      );
    mine.append(h("p", {}, link("/queries/editor", `+ ${t("editor.new")}`)));
    try {
      const { queries } = await queriesApi.list();
      for (const query of queries.filter((q) => !q.builtin))
        mine.append(
          h(
            "p",
            {},
            link(`/queries/editor?id=${query.id}`, local(query.title)),
            " · ",
            link(`/queries/${query.id}`, "▶"),
          ),
        );
    } catch {
      /* the banner reports outages elsewhere */
    }
  }

  ctx.root.append(
    h(
      "section",
      { class: "queries-page" },
      backToLibrary(ctx.navigate),
      h("h1", {}, t("editor.title")),
      h("p", { class: "muted" }, t("editor.hint")),
      h(
        "div",
        { class: "editor-page" },
        h(
          "div",
          { class: "editor-main" },
          host,
          h(
            "div",
            { class: "run-actions", style: "margin:8px 0" },
            h("button", { class: "primary", "data-testid": "editor-run", onclick: () => void run() }, t("editor.run")),
          ),
          status,
          results,
        ),
        h("div", { class: "editor-side" }, save.el, params.el, versions.el, mine),
      ),
    ),
  );

  const id = url.searchParams.get("id");
  const from = url.searchParams.get("from");
  if (id) await open(id);
  else if (from) {
    try {
      load(await queriesApi.get(from), false);
    } catch (error) {
      ctx.banner.error(describeError(error));
    }
  } else load(null, false);
  void listMine();
  queriesApi.schema().then(
    (s) => {
      schema = s;
    },
    () => {
      schema = null;
    },
  );
  return () => editor.view.destroy();
}
