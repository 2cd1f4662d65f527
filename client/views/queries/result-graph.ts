import { select, zoom, zoomIdentity, type ZoomTransform } from "d3";
import type { GraphLink, GraphNode } from "../../../server/contracts/common";
import { createForceLayout, radiusForDegree } from "../../charts/force/layout";
import { drawGraph, type DrawState } from "../../charts/force/render";
import { displayName } from "../../i18n";
import { h } from "../../lib/dom";

/** A small force-directed view of a result's nodes and links (the explorer does the heavy lifting). */
export function renderGraph(host: HTMLElement, graph: { nodes: GraphNode[]; links: GraphLink[] }): () => void {
  const canvas = h("canvas", { "data-testid": "result-graph", "aria-label": "graph" });
  host.replaceChildren(canvas);
  const degree = new Map<string, number>();
  for (const link of graph.links)
    for (const end of [link.source, link.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const state: DrawState = {
    nodes: graph.nodes.map((node) => ({
      id: node.id,
      kind: node.kind,
      label: displayName(node),
      radius: radiusForDegree((degree.get(node.id) ?? 0) * 3),
      illustrative: node.provenance.source === "illustrative",
    })),
    links: graph.links.map((link) => ({
      id: link.id,
      source: link.source,
      target: link.target,
      illustrative: link.provenance.source === "illustrative",
    })),
    selected: null,
    hovered: null,
  };
  createForceLayout(state.nodes, state.links, 11).tick(300);
  const width = host.clientWidth || 800;
  const height = 460;
  const dpr = window.devicePixelRatio || 1;
  canvas.width = width * dpr;
  canvas.height = height * dpr;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const context = canvas.getContext("2d")!;
  const xs = state.nodes.map((n) => n.x ?? 0);
  const ys = state.nodes.map((n) => n.y ?? 0);
  const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys), 1);
  const scale = Math.min(2, (Math.min(width, height) - 80) / span);
  let transform: ZoomTransform = zoomIdentity.translate(width / 2, height / 2).scale(scale);
  const draw = () => drawGraph(context, state, transform, width, height);
  const behaviour = zoom<HTMLCanvasElement, unknown>()
    .scaleExtent([0.2, 8])
    .on("zoom", (event: { transform: ZoomTransform }) => {
      transform = event.transform;
      draw();
    });
  select(canvas).call(behaviour).call(behaviour.transform, transform);
  draw();
  return () => select(canvas).on(".zoom", null);
}
