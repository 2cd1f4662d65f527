import { select, zoom, zoomIdentity, type ZoomTransform } from "d3";
import type { GraphNode, GraphResponse } from "../../../server/contracts/common";
import { graphApi } from "../../api/graph";
import { describeError } from "../../app/errors";
import type { MountedView, ViewContext } from "../../app/views";
import { createForceLayout, radiusForDegree } from "../../charts/force/layout";
import { drawGraph, type DrawNode, type DrawState } from "../../charts/force/render";
import { displayName, t } from "../../i18n";
import { h } from "../../lib/dom";
import { KIND_STYLE } from "../../lib/kind-style";
import { createDetailsPanel } from "./details-panel";
import "./explore.css";

/** The working explorer shell: the seeded graph as a canvas force layout with details and provenance. */
export async function mount(ctx: ViewContext): Promise<MountedView> {
  const canvas = h("canvas", { "aria-label": "graph" });
  const status = h("div", { class: "status" }, t("explore.loading"));
  const tooltip = h("div", { class: "tooltip", hidden: true });
  const legend = h("div", { class: "legend", "aria-label": t("explore.legend") },
    ...Object.entries(KIND_STYLE).map(([kind, style]) =>
      h("span", {}, h("span", { class: "swatch", style: `background:${style.color}` }), t(`kind.${kind}`))));
  const wrap = h("div", { class: "canvas-wrap", "data-testid": "graph" }, canvas, status, tooltip, legend);
  const details = createDetailsPanel(() => selectNode(null));
  ctx.root.append(h("div", { class: "explore" }, wrap, details.el));

  const byId = new Map<string, GraphNode>();
  const state: DrawState = { nodes: [], links: [], selected: null, hovered: null };
  let transform: ZoomTransform = zoomIdentity;
  let frame = 0;
  const context = canvas.getContext("2d")!;

  const size = () => ({ width: wrap.clientWidth, height: wrap.clientHeight });
  const redraw = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => drawGraph(context, state, transform, size().width, size().height));
  };
  const resize = () => {
    const { width, height } = size();
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.max(1, width * dpr);
    canvas.height = Math.max(1, height * dpr);
    redraw();
  };
  const observer = new ResizeObserver(resize);
  observer.observe(wrap);

  const zoomBehaviour = zoom<HTMLCanvasElement, unknown>().scaleExtent([0.1, 8]).on("zoom", (event: { transform: ZoomTransform }) => {
    transform = event.transform;
    redraw();
  });
  const selectCanvas = () => select(canvas);
  selectCanvas().call(zoomBehaviour);

  function nodeAt(clientX: number, clientY: number): DrawNode | null {
    const rect = canvas.getBoundingClientRect();
    const [x, y] = transform.invert([clientX - rect.left, clientY - rect.top]);
    let best: DrawNode | null = null;
    for (const node of state.nodes) {
      const d = Math.hypot((node.x ?? 0) - x, (node.y ?? 0) - y);
      if (d <= node.radius + 3 && (!best || d < Math.hypot((best.x ?? 0) - x, (best.y ?? 0) - y))) best = node;
    }
    return best;
  }

  function selectNode(id: string | null) {
    state.selected = id;
    const node = id ? byId.get(id) : undefined;
    if (node) details.show(node);
    else details.hide();
    redraw();
  }

  canvas.addEventListener("click", (event) => selectNode(nodeAt(event.clientX, event.clientY)?.id ?? null));
  canvas.addEventListener("mousemove", (event) => {
    const node = nodeAt(event.clientX, event.clientY);
    state.hovered = node?.id ?? null;
    tooltip.hidden = !node;
    if (node) {
      tooltip.textContent = node.label;
      const rect = wrap.getBoundingClientRect();
      tooltip.style.left = `${event.clientX - rect.left + 12}px`;
      tooltip.style.top = `${event.clientY - rect.top + 12}px`;
    }
    redraw();
  });

  function show(data: GraphResponse) {
    byId.clear();
    for (const node of data.nodes) byId.set(node.id, node);
    state.nodes = data.nodes.map((node) => ({
      id: node.id, kind: node.kind, label: displayName(node), radius: radiusForDegree(node.degree ?? 0),
      illustrative: node.provenance.source === "illustrative",
    }));
    state.links = data.links.map((link) => ({ id: link.id, source: link.source, target: link.target, illustrative: link.provenance.source === "illustrative" }));
    const simulation = createForceLayout(state.nodes, state.links, 7);
    simulation.tick(300);
    const { width, height } = size();
    transform = zoomIdentity.translate(width / 2, height / 2).scale(0.8);
    selectCanvas().call(zoomBehaviour.transform, transform);
    status.textContent = data.nodes.length === 0 ? t("explore.empty") : t("explore.count", { nodes: data.nodes.length, links: data.links.length })
      + (data.meta?.truncated ? ` ${t("explore.truncated", { shown: data.nodes.length, total: data.meta.total ?? "?" })}` : "");
    resize();
  }

  async function load() {
    try {
      show(await graphApi.graph({ limit: 500 }));
      // sel=<id> (the stable explorer URL): open that node's details, e.g. after an import.
      const sel = new URL(location.href).searchParams.get("sel");
      if (sel && byId.has(sel)) selectNode(sel);
    } catch (error) {
      status.textContent = "";
      ctx.banner.error(describeError(error), () => void load());
    }
  }
  await load();

  return {
    unmount() {
      observer.disconnect();
      cancelAnimationFrame(frame);
    },
  };
}
