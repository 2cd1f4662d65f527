import type { PanoramaLayout } from "./layout";

// Draws a panorama layout as one self-contained SVG (attributes only, no page CSS), so the same element is
// shown, exported as SVG and rasterised to PNG.

const NS = "http://www.w3.org/2000/svg";
export const PANORAMA_FONT = `"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif`;

function el<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

export interface PanoramaHandlers {
  org?(id: string): void;
  segment?(id: string): void;
  more?(segmentId: string): void;
}

export function drawPanorama(
  layout: PanoramaLayout,
  colors: Record<string, string>,
  on: PanoramaHandlers = {},
  selected: string | null = null,
): SVGSVGElement {
  const svg = el("svg", {
    xmlns: NS,
    width: layout.width,
    height: layout.height,
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    "font-family": PANORAMA_FONT,
    role: "img",
  });
  svg.append(el("rect", { x: 0, y: 0, width: layout.width, height: layout.height, fill: "#ffffff" }));
  for (const band of layout.bands)
    svg.append(
      el("rect", { x: band.x - 6, y: band.y - 4, width: band.w + 12, height: band.h + 4, rx: 8, fill: "#f1f5f9" }),
    );
  for (const box of layout.boxes) {
    const color = colors[box.status] ?? "#64748b";
    const g = el("g", { "data-segment": box.segmentId, cursor: "pointer" });
    if (box.segmentId === selected) g.setAttribute("aria-current", "true");
    g.append(
      el("rect", {
        x: box.x,
        y: box.y,
        width: box.w,
        height: box.h,
        rx: 6,
        fill: "#ffffff",
        stroke: color,
        "stroke-width": box.segmentId === selected ? 3 : 1.5,
      }),
      el("rect", { x: box.x, y: box.y, width: 6, height: box.h, rx: 3, fill: color }),
    );
    g.addEventListener("click", () => on.segment?.(box.segmentId));
    svg.append(g);
  }
  for (const chip of layout.chips)
    svg.append(
      el("rect", { x: chip.x, y: chip.y, width: chip.w, height: chip.h, rx: 10, fill: "#eef2ff", stroke: "#c7d2fe" }),
    );
  for (const item of layout.legend)
    svg.append(
      el("rect", {
        x: item.x,
        y: item.y,
        width: item.size,
        height: item.size,
        rx: 2,
        fill: colors[item.status] ?? "#64748b",
      }),
    );
  for (const label of layout.texts) {
    const fill =
      label.role === "org"
        ? label.mark === "foreign"
          ? "#64748b"
          : label.mark === "research"
            ? "#0f766e"
            : "#1e3a8a"
        : label.role === "more"
          ? "#2563eb"
          : label.role === "caption" || label.role === "counts"
            ? "#475569"
            : label.role === "chip"
              ? "#3730a3"
              : "#0f172a";
    const text = el("text", {
      x: label.x,
      y: label.y,
      "font-size": label.size,
      "font-weight": label.weight,
      fill,
      "dominant-baseline": "hanging",
      "data-role": label.role,
      ...(label.orgId
        ? { "data-org": label.orgId, cursor: "pointer", "text-decoration": label.mark === "foreign" ? "none" : "none" }
        : {}),
      ...(label.role === "more" ? { "data-more": label.segmentId ?? "", cursor: "pointer" } : {}),
      ...(label.role === "segment" ? { "data-segment": label.segmentId ?? "", cursor: "pointer" } : {}),
    });
    text.textContent = label.text;
    if (label.full && label.full !== label.text) {
      const title = el("title", {});
      title.textContent = label.full;
      text.append(title);
    }
    if (label.orgId)
      text.addEventListener("click", (event) => {
        event.stopPropagation();
        on.org?.(label.orgId!);
      });
    if (label.role === "more")
      text.addEventListener("click", (event) => {
        event.stopPropagation();
        on.more?.(label.segmentId!);
      });
    else if (label.segmentId && !label.orgId) text.addEventListener("click", () => on.segment?.(label.segmentId!));
    svg.append(text);
  }
  return svg;
}

/** The SVG as a file and as a PNG (2× for print): the shared rasteriser. */
export { svgMarkup as panoramaSvgText, svgToPng as panoramaPng } from "../../lib/svg-raster";

/** Text widths as the browser draws them in the panorama's font. */
export function canvasMeasure(): (text: string, size: number, bold?: boolean) => number {
  const ctx = document.createElement("canvas").getContext("2d")!;
  const cache = new Map<string, number>();
  return (text, size, bold = false) => {
    const key = `${size}|${bold}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      ctx.font = `${bold ? "bold " : ""}${size}px ${PANORAMA_FONT}`;
      width = ctx.measureText(text).width;
      cache.set(key, width);
    }
    return width;
  };
}
