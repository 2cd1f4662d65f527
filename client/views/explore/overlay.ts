import { h, clear, append } from "../../lib/dom";

/** A centred message over the graph (empty result, unknown id, chain layout without segments) with actions. */
export function createOverlay() {
  const el = h("div", { class: "overlay", hidden: true, role: "status", "data-testid": "graph-message" });
  return {
    el,
    show(title: string, body: string | null, actions: { label: string; run(): void; testid?: string }[]) {
      clear(el);
      append(
        el,
        h(
          "div",
          { class: "overlay-card" },
          h("h2", {}, title),
          body ? h("p", {}, body) : null,
          h(
            "div",
            { class: "overlay-actions" },
            ...actions.map((a) => h("button", { onclick: a.run, "data-testid": a.testid }, a.label)),
          ),
        ),
      );
      el.hidden = false;
    },
    hide() {
      el.hidden = true;
      clear(el);
    },
  };
}
