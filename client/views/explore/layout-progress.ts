import { t } from "../../i18n";
import { h } from "../../lib/dom";

/** Layouts of graphs from this size on take long enough to show how far they are, with a pause button. */
export const SHOW_PROGRESS_FROM = 2000;

/**
 * A big force layout under way (50,000 organisations take minutes to settle on a modest machine): how far
 * it is, and a button to hold the picture as it is or let the layout carry on.
 */
export function createLayoutProgress(graph: () => { pauseLayout(): void; resumeLayout(): void }) {
  const label = h("span", { class: "layout-progress-text" });
  let paused = false;
  const button = h("button", {
    type: "button",
    "data-testid": "layout-pause",
    onclick: () => (paused ? graph().resumeLayout() : graph().pauseLayout()),
  });
  const el = h("div", { class: "layout-progress", "data-testid": "layout-progress", hidden: true }, label, button);
  return {
    el,
    update(info: { progress: number; coarse: boolean; paused: boolean } | null, nodes: number) {
      el.hidden = !info || nodes < SHOW_PROGRESS_FROM;
      if (!info) return;
      paused = info.paused;
      const percent = Math.round(info.progress * 100);
      label.textContent = info.paused
        ? t("ex.layoutProgress.paused", { percent })
        : info.coarse
          ? t("ex.layoutProgress.coarse")
          : t("ex.layoutProgress.running", { percent });
      button.textContent = t(info.paused ? "ex.layoutProgress.resume" : "ex.layoutProgress.pause");
    },
  };
}
