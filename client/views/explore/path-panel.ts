import type { PathsResponse } from "../../../server/contracts/graph";
import { displayName, t } from "../../i18n";
import { append, clear, h } from "../../lib/dom";
import { MAX_HOPS, type PathRequest } from "../../state/view-state";
import { routeText } from "./path-route";
import { createSearchBox } from "./search-box";

interface End {
  id: string;
  name: string;
}

/**
 * Shortest path between two nodes: endpoints are typed (search suggestions) or come from the details panel
 * ("set as start/end"); as soon as both are chosen the path is searched, and again whenever the hop limit
 * or "all" changes. The paths found are listed as readable routes (A →合作→ B ←供应← C).
 */
export function createPathPanel(on: {
  find(request: PathRequest): void;
  clear(): void;
  error?(message: string): void;
}) {
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
    const picker = (which: "from" | "to", label: string) =>
      createSearchBox(
        (hit) => setEnd(which, { id: hit.id, name: displayName(hit) }),
        (message) => on.error?.(message),
        { id: `path-${which}-list`, testid: `path-${which}-input`, placeholder: t("ex.path.type"), label },
      ).el;
    const end = (which: "from" | "to", label: string, value: End | null, reset: () => void) =>
      h(
        "span",
        { class: "path-end" },
        h("span", { class: "muted" }, label),
        value ? h("b", { "data-testid": `path-${which}` }, value.name) : picker(which, label),
        value
          ? h("button", { class: "icon-button small", "aria-label": t("ex.path.clear"), onclick: reset }, "×")
          : null,
      );
    const hopSelect = h(
      "select",
      { "aria-label": t("ex.path.hopsLabel"), "data-testid": "path-hops" },
      ...Array.from({ length: MAX_HOPS }, (_, i) => i + 1).map((n) =>
        h("option", { value: String(n), selected: n === hops }, t("ex.path.hops", { n })),
      ),
    );
    hopSelect.addEventListener("change", () => {
      hops = Number(hopSelect.value);
      run();
    });
    const allBox = h("input", { type: "checkbox", checked: all, "data-testid": "path-all" });
    allBox.addEventListener("change", () => {
      all = allBox.checked;
      run();
    });
    let text: string;
    if (missing) text = t("ex.path.missing");
    else if (!from || !to) text = t("ex.path.pick");
    else if (!result) text = t("loading");
    else if (result.hops === null) text = t("ex.path.none", { hops });
    else text = t("ex.path.found", { count: result.paths.length, hops: result.hops });
    append(
      el,
      h("strong", {}, t("ex.path.title")),
      end("from", t("ex.path.from"), from, () => {
        from = null;
        on.clear();
        render(null, false);
      }),
      h("span", { class: "arrow" }, "→"),
      end("to", t("ex.path.to"), to, () => {
        to = null;
        on.clear();
        render(null, false);
      }),
      hopSelect,
      h("label", { class: "check" }, allBox, t("ex.path.all")),
      h("span", { class: "path-result", "data-testid": "path-result" }, text),
      h(
        "button",
        {
          class: "link",
          onclick: () => {
            from = null;
            to = null;
            on.clear();
            render(null, false);
          },
        },
        t("ex.path.clear"),
      ),
      result && result.paths.length ? routes(result) : null,
    );
  }

  const SHOWN_ROUTES = 5;
  function routes(result: PathsResponse) {
    const names = new Map(result.nodes.map((n) => [n.id, displayName(n)]));
    const links = new Map(result.links.map((l) => [l.id, l]));
    const name = (id: string) => names.get(id) ?? id;
    const rel = (type: string) => t(`ex.rel.${type}`);
    return h(
      "div",
      { class: "path-routes" },
      h(
        "ol",
        { "data-testid": "path-routes", "aria-label": t("ex.path.routes") },
        ...result.paths.slice(0, SHOWN_ROUTES).map((p) => h("li", {}, routeText(p, links, name, rel))),
      ),
      result.paths.length > SHOWN_ROUTES
        ? h("p", { class: "muted small" }, t("ex.path.moreRoutes", { n: result.paths.length - SHOWN_ROUTES }))
        : null,
    );
  }

  function setEnd(which: "from" | "to", end: End) {
    if (which === "from") from = end;
    else to = end;
    el.hidden = false;
    render(null, false);
    run();
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
    setEnd,
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
