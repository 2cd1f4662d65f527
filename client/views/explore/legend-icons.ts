import { KIND_STYLE, kindColor } from "../../lib/kind-style";
import { shapePathD, type Shape } from "../../charts/force/shapes";
import { edgeStyle } from "../../charts/force/edge-style";

const SVG = "http://www.w3.org/2000/svg";

function svg(width: number, height: number, ...children: SVGElement[]): SVGSVGElement {
  const el = document.createElementNS(SVG, "svg");
  el.setAttribute("width", String(width));
  el.setAttribute("height", String(height));
  el.setAttribute("viewBox", `0 0 ${width} ${height}`);
  el.setAttribute("aria-hidden", "true");
  el.setAttribute("class", "icon");
  el.append(...children);
  return el;
}

function el(tag: string, attrs: Record<string, string>): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

/** The kind's shape and colour as on the canvas (legend, search results, table). */
export function kindIcon(kind: string, options: { illustrative?: boolean } = {}): SVGSVGElement {
  const shape = (KIND_STYLE[kind as keyof typeof KIND_STYLE]?.shape ?? "circle") as Shape;
  const attrs: Record<string, string> = {
    d: shapePathD(shape, 8, 8, 5),
    fill: kindColor(kind),
    stroke: "#fff",
    "stroke-width": "1",
  };
  if (options.illustrative)
    Object.assign(attrs, { stroke: "#b45309", "stroke-dasharray": "2 1.5", "stroke-width": "1.2" });
  return svg(16, 16, el("path", attrs));
}

/** A short line in the relationship type's style. */
export function relIcon(type: string, options: { illustrative?: boolean } = {}): SVGSVGElement {
  const style = edgeStyle(type);
  const attrs: Record<string, string> = {
    x1: "1",
    y1: "6",
    x2: "21",
    y2: "6",
    stroke: options.illustrative ? "#b45309" : style.color,
    "stroke-width": String(style.width + 0.6),
  };
  if (options.illustrative) attrs["stroke-dasharray"] = "4 3";
  const parts = [el("line", attrs)];
  if (style.arrow) parts.push(el("path", { d: "M21 6 L16 3 L16 9 Z", fill: style.color }));
  return svg(22, 12, ...parts);
}
