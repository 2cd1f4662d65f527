import type { createGraphCanvas } from "../../charts/force/graph-canvas";
import { t } from "../../i18n";
import { h } from "../../lib/dom";
import { createLayoutProgress } from "./layout-progress";

type Canvas = Pick<ReturnType<typeof createGraphCanvas>, "zoomBy" | "fit" | "pauseLayout" | "resumeLayout">;

// The controls drawn over the explorer's canvas: the zoom bar, the minimap's collapse toggle and a big
// layout's progress.

const MINIMAP_KEY = "chainatlas.minimap";

/** Zoom in / out / fit buttons; `graph` is read when clicked (the canvas is created after the chrome). */
export function zoomBar(graph: () => Canvas): HTMLElement {
  const button = (key: string, text: string, run: () => void) =>
    h("button", { "aria-label": t(key), title: t(key), onclick: run }, text);
  return h(
    "div",
    { class: "zoom-bar" },
    button("ex.zoomIn", "+", () => graph().zoomBy(1.4)),
    button("ex.zoomOut", "−", () => graph().zoomBy(1 / 1.4)),
    button("ex.fit", "⤢", () => graph().fit()),
  );
}

/** The minimap can be collapsed (kept per browser); the fit leaves room above it either way. */
export function minimapToggle(graphWrap: HTMLElement): HTMLElement {
  const toggle = h("button", { class: "minimap-toggle", "data-testid": "minimap-toggle" });
  const set = (open: boolean) => {
    graphWrap.classList.toggle("minimap-collapsed", !open);
    toggle.textContent = open ? "▾" : "▴";
    toggle.title = t(open ? "ex.minimap.hide" : "ex.minimap.show");
    toggle.setAttribute("aria-label", toggle.title);
    toggle.setAttribute("aria-expanded", String(open));
    localStorage.setItem(MINIMAP_KEY, open ? "open" : "closed");
  };
  toggle.addEventListener("click", () => set(graphWrap.classList.contains("minimap-collapsed")));
  set(localStorage.getItem(MINIMAP_KEY) !== "closed");
  return toggle;
}

/** All of the canvas's controls into `graphWrap`; returns the layout progress, which the canvas feeds. */
export function canvasChrome(graphWrap: HTMLElement, graph: () => Canvas) {
  const progress = createLayoutProgress(graph);
  graphWrap.append(zoomBar(graph), minimapToggle(graphWrap), progress.el);
  return progress;
}
