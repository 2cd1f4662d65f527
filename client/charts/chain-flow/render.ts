import { FLOW_BOX, type FlowLayout } from "./layout";

const SVG = "http://www.w3.org/2000/svg";

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
  return el;
}

function edgePath(from: { x: number; y: number }, to: { x: number; y: number }, back: boolean): string {
  const { width: w, height: h } = FLOW_BOX;
  if (back) {
    // Against the flow (a FEEDS cycle): loop under the boxes, bottom to bottom.
    const y = Math.max(from.y, to.y) + h + 14;
    return `M${from.x + w / 2},${from.y + h} C${from.x + w / 2},${y} ${to.x + w / 2},${y} ${to.x + w / 2},${to.y + h}`;
  }
  const x1 = from.x + w;
  const y1 = from.y + h / 2;
  const x2 = to.x;
  const y2 = to.y + h / 2;
  const mid = (x1 + x2) / 2;
  return `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2 - 2},${y2}`;
}

/**
 * Boxes (HTML, so they are focusable buttons with wrapping text) over an SVG of FEEDS arrows. `box(id)`
 * builds each segment's element; the renderer only positions it.
 */
export function renderFlow(layout: FlowLayout, box: (id: string) => HTMLElement): HTMLElement {
  const wrap = document.createElement("div");
  wrap.className = "flow-chart";
  const height = layout.height + (layout.edges.some((e) => e.back) ? 24 : 0);
  wrap.style.width = `${layout.width}px`;
  wrap.style.height = `${height}px`;
  const canvas = svg("svg", { width: layout.width, height, "aria-hidden": "true" });
  const defs = svg("defs", {});
  const marker = svg("marker", {
    id: "flow-arrow",
    viewBox: "0 0 10 10",
    refX: 9,
    refY: 5,
    markerWidth: 7,
    markerHeight: 7,
    orient: "auto-start-reverse",
  });
  marker.append(svg("path", { d: "M0,0 L10,5 L0,10 z", fill: "#94a3b8" }));
  defs.append(marker);
  canvas.append(defs);
  const at = new Map(layout.nodes.map((n) => [n.id, n]));
  for (const edge of layout.edges) {
    const from = at.get(edge.from);
    const to = at.get(edge.to);
    if (!from || !to) continue;
    canvas.append(
      svg("path", {
        d: edgePath(from, to, edge.back),
        fill: "none",
        stroke: "#94a3b8",
        "stroke-width": 1.5,
        "marker-end": "url(#flow-arrow)",
        ...(edge.back ? { "stroke-dasharray": "4 3" } : {}),
      }),
    );
  }
  wrap.append(canvas);
  for (const node of layout.nodes) {
    const el = box(node.id);
    el.style.left = `${node.x}px`;
    el.style.top = `${node.y}px`;
    el.style.width = `${FLOW_BOX.width}px`;
    el.style.height = `${FLOW_BOX.height}px`;
    wrap.append(el);
  }
  return wrap;
}
