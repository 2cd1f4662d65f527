import { t } from "../../i18n";
import { h } from "../../lib/dom";
import type { ViewState } from "../../state/view-state";

export interface ToolbarHandlers {
  layout(layout: ViewState["layout"]): void;
  mode(mode: ViewState["mode"]): void;
  undo(): void;
  redo(): void;
  fit(): void;
  path(): void;
  exportPng(scope: "whole" | "screen"): void;
  exportSvg(scope: "whole" | "screen"): void;
  exportCsv(): void;
  help(): void;
  /** Narrow screens: open or close the filters drawer. */
  filters(): void;
}

/** The explorer's command bar: search, layout and view switches, undo/redo, path, exports, help. */
export function createToolbar(search: HTMLElement, on: ToolbarHandlers) {
  const pressed = (b: boolean) => (b ? "true" : "false");
  const force = h(
    "button",
    { "data-testid": "layout-force", onclick: () => on.layout("force"), title: t("ex.layout.force.hint") },
    t("ex.layout.force"),
  );
  const chain = h(
    "button",
    { "data-testid": "layout-chain", onclick: () => on.layout("chain"), title: t("ex.layout.chain.hint") },
    t("ex.layout.chain"),
  );
  const panorama = h(
    "button",
    { "data-testid": "layout-panorama", onclick: () => on.layout("panorama"), title: t("ex.layout.panorama.hint") },
    t("ex.layout.panorama"),
  );
  const graph = h("button", { "data-testid": "graph-view", onclick: () => on.mode("graph") }, t("ex.mode.graph"));
  const table = h(
    "button",
    { "data-testid": "table-view", onclick: () => on.mode("table"), title: "T" },
    t("ex.mode.table"),
  );
  const undo = h(
    "button",
    { "data-testid": "undo", onclick: on.undo, title: `${t("ex.undo")} (Ctrl+Z)`, "aria-label": t("ex.undo") },
    "↶ ",
    h("span", { class: "wide-only" }, t("ex.undo")),
  );
  const redo = h(
    "button",
    { "data-testid": "redo", onclick: on.redo, title: `${t("ex.redo")} (Ctrl+Shift+Z)`, "aria-label": t("ex.redo") },
    "↷ ",
    h("span", { class: "wide-only" }, t("ex.redo")),
  );
  const path = h("button", { "data-testid": "path-toggle", onclick: on.path, title: t("ex.path.hint") }, t("ex.path"));
  // Picture exports: the whole graph (default) or what is on screen.
  const scope = h(
    "select",
    { "data-testid": "export-scope", "aria-label": t("ex.export.scope"), title: t("ex.export.scope") },
    h("option", { value: "whole" }, t("ex.export.whole")),
    h("option", { value: "screen" }, t("ex.export.screen")),
  );
  const scopeValue = () => (scope.value === "screen" ? "screen" : "whole");
  const filtersToggle = h(
    "button",
    { class: "narrow-only", "data-testid": "filters-toggle", "aria-controls": "explore-filters", onclick: on.filters },
    "☰ ",
    t("ex.filters.open"),
  );
  const el = h(
    "div",
    { class: "toolbar", role: "toolbar", "aria-label": t("ex.toolbar") },
    filtersToggle,
    search,
    h("div", { class: "segmented", role: "group", "aria-label": t("ex.layout") }, force, chain, panorama),
    h("div", { class: "segmented", role: "group", "aria-label": t("ex.mode") }, graph, table),
    h("div", { class: "group" }, undo, redo),
    h(
      "div",
      { class: "group" },
      path,
      h("button", { "data-testid": "fit", onclick: on.fit, title: `${t("ex.fit")} (F)` }, t("ex.fit")),
    ),
    h(
      "div",
      { class: "group export", role: "group", "aria-label": t("ex.export") },
      h("span", { class: "muted wide-only" }, t("ex.export")),
      scope,
      h(
        "button",
        { "data-testid": "export-png", onclick: () => on.exportPng(scopeValue()), title: t("ex.export.png") },
        "PNG",
      ),
      h(
        "button",
        { "data-testid": "export-svg", onclick: () => on.exportSvg(scopeValue()), title: t("ex.export.svg") },
        "SVG",
      ),
      h("button", { "data-testid": "export-csv", onclick: on.exportCsv, title: t("ex.export.csv") }, "CSV"),
    ),
    h(
      "button",
      {
        class: "icon-button",
        "data-testid": "shortcuts",
        onclick: on.help,
        title: t("ex.keys.title"),
        "aria-label": t("ex.keys.title"),
      },
      "?",
    ),
  );
  return {
    el,
    update(state: ViewState, history: { canUndo: boolean; canRedo: boolean }, pathOpen: boolean, filtersOpen = false) {
      filtersToggle.setAttribute("aria-expanded", String(filtersOpen));
      force.setAttribute("aria-pressed", pressed(state.layout === "force"));
      chain.setAttribute("aria-pressed", pressed(state.layout === "chain"));
      panorama.setAttribute("aria-pressed", pressed(state.layout === "panorama"));
      graph.setAttribute("aria-pressed", pressed(state.mode === "graph"));
      table.setAttribute("aria-pressed", pressed(state.mode === "table"));
      path.setAttribute("aria-pressed", pressed(pathOpen));
      undo.disabled = !history.canUndo;
      redo.disabled = !history.canRedo;
    },
  };
}
