import type { PathsResponse } from "../../../server/contracts/graph";
import { t } from "../../i18n";
import { append, clear, h } from "../../lib/dom";
import { MAX_HOPS, type PathRequest } from "../../state/view-state";

interface End {
  id: string;
  name: string;
}

/**
 * Shortest path between two nodes: endpoints come from the details panel ("set as start/end"); as soon
 * as both are chosen the path is searched, and again whenever the hop limit or "all" changes.
 */
export function createPathPanel(on: { find(request: PathRequest): void; clear(): void }) {
  const el = h("div", { class: "path-panel", "data-testid": "path-panel", hidden: true });
  let from: End | null = null;
  let to: End | null = null;
  let hops = 4;
  let all = false;

  const run = () => {
    if (from && to && from.id !== to.id) on.find({ from: from.id, to: to.id, hops, all });
  };

  function render(result: PathsResponse | null, missing: boolean) {
    clear(el);
    const end = (label: string, value: End | null, reset: () => void) =>
      h("span", { class: "path-end" }, h("span", { class: "muted" }, label), value ? h("b", {}, value.name) : h("i", { class: "muted" }, t("ex.path.unset")),
        value ? h("button", { class: "icon-button small", "aria-label": t("ex.path.clear"), onclick: reset }, "×") : null);
    const hopSelect = h("select", { "aria-label": t("ex.path.hopsLabel"), "data-testid": "path-hops" },
      ...Array.from({ length: MAX_HOPS }, (_, i) => i + 1).map((n) => h("option", { value: String(n), selected: n === hops }, t("ex.path.hops", { n }))));
    hopSelect.addEventListener("change", () => { hops = Number(hopSelect.value); run(); });
    const allBox = h("input", { type: "checkbox", checked: all, "data-testid": "path-all" });
    allBox.addEventListener("change", () => { all = allBox.checked; run(); });
    let text: string;
    if (missing) text = t("ex.path.missing");
    else if (!from || !to) text = t("ex.path.pick");
    else if (!result) text = t("loading");
    else if (result.hops === null) text = t("ex.path.none", { hops });
    else text = t("ex.path.found", { count: result.paths.length, hops: result.hops });
    append(el,
      h("strong", {}, t("ex.path.title")),
      end(t("ex.path.from"), from, () => { from = null; on.clear(); render(null, false); }),
      h("span", { class: "arrow" }, "→"),
      end(t("ex.path.to"), to, () => { to = null; on.clear(); render(null, false); }),
      hopSelect,
      h("label", { class: "check" }, allBox, t("ex.path.all")),
      h("span", { class: "path-result", "data-testid": "path-result" }, text),
      h("button", { class: "link", onclick: () => { from = null; to = null; on.clear(); render(null, false); } }, t("ex.path.clear")));
  }

  return {
    el,
    get open() {
      return !el.hidden;
    },
    toggle(open = el.hidden) {
      el.hidden = !open;
      if (open) render(null, false);
    },
    setEnd(which: "from" | "to", end: End) {
      if (which === "from") from = end;
      else to = end;
      el.hidden = false;
      render(null, false);
      run();
    },
    /** Reflect the URL's path (after reload or back/forward) and its result. */
    sync(request: PathRequest | null, names: (id: string) => string, result: PathsResponse | null, missing: boolean) {
      if (request) {
        from = { id: request.from, name: names(request.from) };
        to = { id: request.to, name: names(request.to) };
        hops = request.hops;
        all = request.all;
        el.hidden = false;
      }
      if (!el.hidden) render(result, missing);
    },
  };
}
