import type { NodeResponse, ViewNode } from "../../../server/contracts/graph";
import { describeError } from "../../app/errors";
import type { MountedView, ViewContext } from "../../app/view-types";
import { createGraphCanvas } from "../../charts/force/graph-canvas";
import type { Point } from "../../charts/force/layout";
import { displayName, t } from "../../i18n";
import { h } from "../../lib/dom";
import * as act from "../../state/view-actions";
import { PAGE_SIZE, type ViewState } from "../../state/view-state";
import { createDetailsPanel, detailsContext, type DetailsAction, type DetailsContext } from "./details-panel";
import { exportActions } from "./export-actions";
import { detailsStep, fullDetailsOf } from "./details-actions";
import { createFiltersPanel } from "./filters-panel";
import { createGraphData, type LoadResult } from "./graph-data";
import { composeGraph, type VisibleGraph } from "./graph-model";
import { createOverlay } from "./overlay";
import { chainsInView, createPanoramaStage } from "./panorama-stage";
import { canvasChrome } from "./graph-chrome";
import { createPathPanel } from "./path-panel";
import { buildExploreScene, markScene, needsRefit, placementFor, type BuiltScene } from "./scene-builder";
import { createSearchBox } from "./search-box";
import { streamPreview } from "./stream-preview";
import { shortcutHandler, shortcutsDialog } from "./shortcuts";
import { showMessages } from "./messages";
import { createTableView } from "./table-view";
import { createChainSummary, renderChainSummary } from "./chain-summary";
import { createToolbar } from "./toolbar";
import { createTooltip } from "./tooltip";
import { createViewStore } from "./view-store";
import { chainsUrl } from "../chains/page-route";
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
    ...exportActions(
      () =>
        shown && { state: shown.state, visible: shown.visible, scene: shown.built.scene, fetched: shown.load.fetched },
      { transform: () => graph.transform(), size: () => graph.size() },
      () => panorama.svg(),
      (state) => data.fullPieces(state),
    ),
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
  const chainSummary = createChainSummary();
  const graphWrap = h("div", { class: "graph-wrap", "data-testid": "graph" }, overlay.el, status, chainSummary);
  const tooltip = createTooltip(graphWrap);
  const layoutProgress = canvasChrome(graphWrap, () => graph);
  // The 全景 layout: the chain panorama of the chains in view, drawn in place of the canvas.
  const panorama = createPanoramaStage({
    org: (id) => commit(act.select(store.state, id)),
    segment: (chainId, segmentId) => ctx.navigate(chainsUrl.detail(chainId, segmentId)),
    pickChain: (chainId) => commit({ ...store.state, chain: chainId, exp: [], hide: [] }),
  });
  const explore = h(
    "div",
    { class: "explore" },
    toolbar.el,
    pathPanel.el,
    h(
      "div",
      { class: "explore-body" },
      filters.el,
      h("div", { class: "stage" }, graphWrap, panorama.el, table.el),
      details.el,
    ),
  );
  ctx.root.append(explore, helpDialog);
  // Narrow screens (explore.css): the filters are a drawer over the canvas, the details a bottom sheet.
  function toggleFilters(open = !explore.classList.contains("filters-open")) {
    explore.classList.toggle("filters-open", open);
    refreshChrome();
  }
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
    progress: (info) => layoutProgress.update(info, shown?.built.scene.nodes.length ?? 0),
    stable: (info) => {
      graphWrap.dataset.stable = String(info.ms);
      lastPositions = graph.positions();
    },
  });
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
    const id = store.state.sel;
    if (!id || !shown) return;
    const node = shown.byId.get(id);
    if (action.type === "path-from" || action.type === "path-to")
      return pathPanel.setEnd(action.type === "path-from" ? "from" : "to", { id, name: node ? displayName(node) : id });
    const next = detailsStep(store.state, id, action, shown.visible, graph.positions().get(id));
    if (next) commit(next);
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
      const current = () => mine === seq;
      load = await data.load(state, streamPreview({ graph, status, wrap: graphWrap, state, current }));
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
    delete graphWrap.dataset.streamed;
    const visible = composeGraph(load.fetched, state);
    const byId = new Map(visible.nodes.map((n) => [n.id, n]));
    const candidate = buildExploreScene(visible, state);
    const built = shown && candidate.key === shown.built.key ? shown.built : candidate;
    const fresh = built !== shown?.built;
    markScene(built.scene, visible, state);
    // The 全景 layout draws the chain panorama instead of the canvas (no simulation runs hidden).
    const asPanorama = state.mode === "graph" && state.layout === "panorama";
    graphWrap.hidden = state.mode === "table" || asPanorama;
    if (asPanorama) {
      // nothing to lay out: switching back relays the graph (the layout is part of the scene key)
    } else if (fresh) {
      graph.setScene(built.scene, placementFor(built, state, shown ? graph.positions() : lastPositions), {
        fit: needsRefit(shown?.state, state),
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
    const facets = await data.facets().catch(() => null);
    filters.render({
      state,
      facets,
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
    if (state.mode === "table") table.show(visible, state.sel);
    else table.hide();
    if (!asPanorama) panorama.hide();
    else {
      const chains = (facets?.chains ?? []).map((c) => ({ id: c.id, name: displayName(c) }));
      void panorama.show(chainsInView(state.chain, visible.nodes), state.sel, chains);
    }
    refreshChrome();
    delete graphWrap.dataset.loading;
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
      const draw = (c: DetailsContext) => store.state.sel === id && shown === current && (details.render(c), true);
      await fullDetailsOf(id, node, current.visible, data, context, draw);
    } catch {
      if (store.state.sel === id && !node) details.message(t("ex.missing.selection", { id }));
    }
  }

  const onKey = shortcutHandler({
    state: () => store.state,
    commit,
    visible: () => shown?.visible ?? null,
    search: () => search.focus(),
    undo: () => store.undo(),
    redo: () => store.redo(),
    fit: () => graph.fit(),
    zoomBy: (factor) => graph.zoomBy(factor),
    open: (id) => void openNode(id),
    pin: (_id, pinned) => onDetails({ type: pinned ? "unpin" : "pin" }),
    help: () => helpDialog.showModal(),
    isHelpOpen: () => helpDialog.open,
  });
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
