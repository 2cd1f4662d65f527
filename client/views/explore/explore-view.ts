import type { NodeResponse, ViewNode } from "../../../server/contracts/graph";
import { describeError } from "../../app/errors";
import type { MountedView, ViewContext } from "../../app/view-types";
import { createGraphCanvas } from "../../charts/force/graph-canvas";
import type { Point } from "../../charts/force/layout";
import { displayName, t } from "../../i18n";
import { h } from "../../lib/dom";
import * as act from "../../state/view-actions";
import { PAGE_SIZE, type ViewState } from "../../state/view-state";
import { createDetailsPanel, detailsContext, type DetailsAction } from "./details-panel";
import { exportCsv, fullDetails } from "./export-csv";
import { exportName, exportPng, exportSvg, download } from "./exports";
import { createFiltersPanel } from "./filters-panel";
import { createGraphData, type LoadResult } from "./graph-data";
import { composeGraph, type VisibleGraph } from "./graph-model";
import { createOverlay } from "./overlay";
import { createPathPanel } from "./path-panel";
import { buildExploreScene, markScene, placementFor, type BuiltScene } from "./scene-builder";
import { createSearchBox } from "./search-box";
import { shortcutFor, shortcutsDialog } from "./shortcuts";
import { showMessages } from "./messages";
import { createTableView } from "./table-view";
import { renderChainSummary } from "./chain-summary";
import { createToolbar } from "./toolbar";
import { createTooltip } from "./tooltip";
import { createViewStore } from "./view-store";
import "./explore.css";

// Kept across remounts (a language switch remounts the view): fetched data and the last positions, so
// the same picture comes back instantly.
const data = createGraphData();
let lastPositions = new Map<string, Point>();

interface Shown {
  state: ViewState;
  load: LoadResult;
  visible: VisibleGraph;
  built: BuiltScene;
  byId: Map<string, ViewNode>;
}

/** The graph explorer: search, filters, force/chain layouts, details, expand/undo, paths, table, exports. */
export async function mount(ctx: ViewContext): Promise<MountedView> {
  let shown: Shown | null = null;
  let seq = 0;
  let askExpand: string | null = null;
  const store = createViewStore(ctx.navigate, (state) => void show(state));
  const commit = (next: ViewState) => store.commit(next);

  const search = createSearchBox(
    (hit) => commit(act.focusOn(store.state, hit.id)),
    (message) => ctx.banner.error(message),
  );
  const pathPanel = createPathPanel({
    find: (request) => commit(act.findPath(store.state, request)),
    clear: () => commit(act.clearPath(store.state)),
    error: (message) => ctx.banner.error(message),
  });
  const helpDialog = shortcutsDialog();
  const toolbar = createToolbar(search.el, {
    layout: (layout) => commit(act.setLayout(store.state, layout)),
    mode: (mode) => commit({ ...store.state, mode }),
    undo: () => store.undo(),
    redo: () => store.redo(),
    fit: () => graph.fit(),
    path: () => {
      pathPanel.toggle();
      refreshChrome();
    },
    exportPng: (scope) =>
      void exportPng(graphScene(), graph.transform(), graph.size(), scope, shownSources()).then((blob) =>
        download(blob, exportName("png")),
      ),
    exportSvg: (scope) =>
      download(exportSvg(graphScene(), graph.transform(), graph.size(), scope, shownSources()), exportName("svg")),
    exportCsv: () => void csvExport(),
    help: () => helpDialog.showModal(),
    filters: () => toggleFilters(),
  });
  const filters = createFiltersPanel(commit);
  const details = createDetailsPanel({
    close: () => commit(act.select(store.state, null)),
    act: onDetails,
    select: (id) => selectNode(id),
  });
  const table = createTableView((id) => selectNode(id));
  const overlay = createOverlay();
  const status = h("div", { class: "status", "aria-live": "polite" });
  const chainSummary = h("ol", {
    class: "sr-only",
    "data-testid": "chain-columns",
    "aria-label": t("ex.layout.chain"),
  });
  const graphWrap = h("div", { class: "graph-wrap", "data-testid": "graph" }, overlay.el, status, chainSummary);
  const tooltip = createTooltip(graphWrap);
  const zoomBar = h(
    "div",
    { class: "zoom-bar" },
    h("button", { "aria-label": t("ex.zoomIn"), title: t("ex.zoomIn"), onclick: () => graph.zoomBy(1.4) }, "+"),
    h("button", { "aria-label": t("ex.zoomOut"), title: t("ex.zoomOut"), onclick: () => graph.zoomBy(1 / 1.4) }, "−"),
    h("button", { "aria-label": t("ex.fit"), title: t("ex.fit"), onclick: () => graph.fit() }, "⤢"),
  );
  // The minimap can be collapsed (kept per browser); the fit leaves room above it either way.
  const MINIMAP_KEY = "chainatlas.minimap";
  const minimapToggle = h("button", { class: "minimap-toggle", "data-testid": "minimap-toggle" });
  const setMinimap = (open: boolean) => {
    graphWrap.classList.toggle("minimap-collapsed", !open);
    minimapToggle.textContent = open ? "▾" : "▴";
    minimapToggle.title = t(open ? "ex.minimap.hide" : "ex.minimap.show");
    minimapToggle.setAttribute("aria-label", minimapToggle.title);
    minimapToggle.setAttribute("aria-expanded", String(open));
    localStorage.setItem(MINIMAP_KEY, open ? "open" : "closed");
  };
  minimapToggle.addEventListener("click", () => setMinimap(graphWrap.classList.contains("minimap-collapsed")));
  setMinimap(localStorage.getItem(MINIMAP_KEY) !== "closed");
  graphWrap.append(zoomBar, minimapToggle);
  const explore = h(
    "div",
    { class: "explore" },
    toolbar.el,
    pathPanel.el,
    h("div", { class: "explore-body" }, filters.el, h("div", { class: "stage" }, graphWrap, table.el), details.el),
  );
  ctx.root.append(explore, helpDialog);
  // Narrow screens (explore.css): the filters are a drawer over the canvas, the details a bottom sheet.
  function toggleFilters(open = !explore.classList.contains("filters-open")) {
    explore.classList.toggle("filters-open", open);
    refreshChrome();
  }
  filters.el.id = "explore-filters";
  graphWrap.addEventListener("pointerdown", () => explore.classList.contains("filters-open") && toggleFilters(false));

  const graph = createGraphCanvas(graphWrap, {
    select: (id) => commit(act.select(store.state, id)),
    open: (id) => void openNode(id),
    menu: (id) => {
      // the node menu: select it and open the expand choices in the details sheet
      askExpand = id;
      if (store.state.sel === id) void show(store.state);
      else commit(act.select(store.state, id));
    },
    pin: (id, x, y) => store.state.layout === "force" && commit(act.pin(store.state, id, x, y)),
    hover: (node, x, y) => tooltip.show(node ? (shown?.byId.get(node.id) ?? null) : null, x, y),
    stable: (info) => {
      graphWrap.dataset.stable = String(info.ms);
      lastPositions = graph.positions();
    },
  });
  const graphScene = () => shown!.built.scene;
  /** Where the drawn facts come from, for the export caption (答复原文 / 公开资料 / 示例 …). */
  const shownSources = () => [...new Set(shown?.visible.nodes.map((n) => n.provenance.source) ?? [])];

  function selectNode(id: string) {
    commit(act.select(store.state, id));
    if (store.state.mode === "graph") graph.centerOn(id);
  }

  /** Double-click / E: expand small neighbourhoods at once; for a supernode, ask first (types, top N). */
  async function openNode(id: string) {
    try {
      const info = await data.node(id);
      const state = store.state;
      if (info.degree > PAGE_SIZE && !state.exp.some((e) => e.id === id)) {
        askExpand = id;
        commit(act.select(state, id));
        if (state.sel === id) void show(state);
      } else
        commit(act.select(state.exp.some((e) => e.id === id) ? act.showMore(state, id) : act.expand(state, id), id));
    } catch (error) {
      ctx.banner.error(describeError(error), () => void openNode(id));
    }
  }

  function onDetails(action: DetailsAction) {
    const s = store.state;
    const id = s.sel;
    if (!id || !shown) return;
    const node = shown.byId.get(id);
    const name = node ? displayName(node) : id;
    const position = graph.positions().get(id);
    switch (action.type) {
      case "expand":
        return commit(act.expand(s, id, action.types));
      case "more":
        return commit(act.showMore(s, id));
      case "collapse":
        return commit(act.collapse(s, id, shown.visible));
      case "hide":
        return commit(act.hideNode(s, id));
      case "pin":
        return position && commit(act.pin(s, id, position.x, position.y));
      case "unpin":
        return commit(act.unpin(s, id));
      case "focus":
        return commit(act.focusOn(s, id));
      case "path-from":
        return pathPanel.setEnd("from", { id, name });
      case "path-to":
        return pathPanel.setEnd("to", { id, name });
    }
  }

  function refreshChrome() {
    toolbar.update(store.state, store, pathPanel.open, explore.classList.contains("filters-open"));
  }

  async function show(state: ViewState) {
    const mine = ++seq;
    status.classList.add("busy");
    graphWrap.dataset.loading = "true";
    let load: LoadResult;
    try {
      load = await data.load(state);
    } catch (error) {
      if (mine !== seq) return;
      status.classList.remove("busy");
      delete graphWrap.dataset.loading;
      ctx.banner.error(describeError(error), () => void show(store.state));
      refreshChrome();
      return;
    }
    if (mine !== seq) return;
    status.classList.remove("busy");
    const visible = composeGraph(load.fetched, state);
    const byId = new Map(visible.nodes.map((n) => [n.id, n]));
    const candidate = buildExploreScene(visible, state);
    const built = shown && candidate.key === shown.built.key ? shown.built : candidate;
    const fresh = built !== shown?.built;
    markScene(built.scene, visible, state);
    if (fresh) {
      const before = shown?.state;
      const refit =
        !before ||
        before.focus !== state.focus ||
        before.chain !== state.chain ||
        before.layout !== state.layout ||
        before.nodes !== state.nodes;
      graph.setScene(built.scene, placementFor(built, state, shown ? graph.positions() : lastPositions), {
        fit: refit,
        fitIds: built.chain?.firstLane,
      });
    } else {
      graph.setPins(new Map(state.layout === "force" ? state.pins.map((p) => [p.id, p]) : []));
      graph.redraw();
    }
    shown = { state, load, visible, built, byId };
    // Read by screen readers (the summary) and by automated UI tests (the counts).
    renderChainSummary(chainSummary, built.chain?.decor ?? null, built.chain?.positions ?? null, visible.nodes);
    Object.assign(graphWrap.dataset, {
      nodeCount: String(visible.nodes.length),
      linkCount: String(visible.links.length),
      layout: state.layout,
    });
    showMessages({ ctx, overlay, status, shown, commit, built });
    filters.render({
      state,
      facets: await data.facets().catch(() => null),
      visible,
      focusName: state.focus ? (byId.get(state.focus) ? displayName(byId.get(state.focus)!) : state.focus) : null,
    });
    if (mine !== seq) return;
    pathPanel.sync(
      state.path,
      (id) => (byId.get(id) ? displayName(byId.get(id)!) : id),
      load.fetched.path,
      load.missing.some((m) => m.what === "path"),
    );
    renderDetails(state, shown).catch((error: unknown) =>
      ctx.banner.error(describeError(error), () => void show(store.state)),
    );
    if (state.mode === "table") {
      graphWrap.hidden = true;
      table.show(visible, state.sel);
    } else {
      table.hide();
      graphWrap.hidden = false;
    }
    refreshChrome();
    delete graphWrap.dataset.loading;
  }

  /** The CSV carries full provenance (URL, quote): fetched for the view's base, which the canvas has lean. */
  async function csvExport() {
    const current = shown;
    if (!current) return;
    const base = await data.fullBase(store.state).catch(() => null);
    const { expansions, path } = current.load.fetched;
    download(exportCsv(current.visible, fullDetails([base, ...expansions, path])), exportName("csv"));
  }

  async function renderDetails(state: ViewState, current: Shown) {
    const id = state.sel;
    if (!id) return details.hide();
    const node = current.byId.get(id);
    const ask = askExpand === id;
    askExpand = null;
    const context = (n: ViewNode, info: NodeResponse | null) => detailsContext(state, current, n, info, ask);
    if (node) details.render(context(node, null));
    try {
      // The canvas has the lean node and links: properties, the whole provenance and claims come from
      // /api/nodes/:id; the relations list's links, in full, from a small ids= view around the node (drawn
      // when it arrives, after the panel is usable).
      const mine = current.visible.links.filter((l) => l.source === id || l.target === id);
      const around = mine.length
        ? data.linksAround(id, [...new Set(mine.map((l) => (l.source === id ? l.target : l.source)))]).catch(() => null)
        : Promise.resolve(null);
      const info = await data.node(id);
      if (store.state.sel !== id || shown !== current) return;
      const ctx = context(node ? { ...node, ...info.node, capabilities: node.capabilities } : info.node, info);
      details.render(ctx);
      const fullLinks = new Map(((await around)?.links ?? []).map((l) => [l.id, l]));
      if (!fullLinks.size || store.state.sel !== id || shown !== current) return;
      details.render({ ...ctx, askExpand: false, links: ctx.links.map((l) => fullLinks.get(l.id) ?? l) });
    } catch {
      if (store.state.sel === id && !node) details.message(t("ex.missing.selection", { id }));
    }
  }

  function onKey(event: KeyboardEvent) {
    const action = shortcutFor(event);
    if (!action || helpDialog.open) return;
    const s = store.state;
    const sel = s.sel;
    const run: Record<typeof action, () => void> = {
      search: () => search.focus(),
      undo: () => store.undo(),
      redo: () => store.redo(),
      fit: () => graph.fit(),
      expand: () => sel && void openNode(sel),
      collapse: () => sel && shown && commit(act.collapse(s, sel, shown.visible)),
      hide: () => sel && commit(act.hideNode(s, sel)),
      pin: () => sel && onDetails({ type: s.pins.some((p) => p.id === sel) ? "unpin" : "pin" }),
      zoomIn: () => graph.zoomBy(1.4),
      zoomOut: () => graph.zoomBy(1 / 1.4),
      layout: () => commit(act.setLayout(s, s.layout === "force" ? "chain" : "force")),
      table: () => commit({ ...s, mode: s.mode === "graph" ? "table" : "graph" }),
      escape: () => (s.path ? commit(act.clearPath(s)) : commit(act.select(s, null))),
      help: () => helpDialog.showModal(),
    };
    if (action !== "escape") event.preventDefault();
    run[action]();
  }
  document.addEventListener("keydown", onKey);

  await show(store.state);
  return {
    update(url) {
      store.adopt(url);
    },
    unmount() {
      document.removeEventListener("keydown", onKey);
      if (shown) lastPositions = graph.positions();
      graph.destroy();
      seq++;
    },
  };
}
