import type { ViewNode } from "../../../server/contracts/graph";
import { displayName, t } from "../../i18n";
import { clear, h, append } from "../../lib/dom";

/** Hover card: full name, kind, links, source (illustrative flagged). Text only. */
export function createTooltip(container: HTMLElement) {
  const el = h("div", { class: "tooltip", hidden: true, role: "tooltip" });
  container.append(el);
  return {
    show(node: ViewNode | null, clientX: number, clientY: number) {
      if (!node) {
        el.hidden = true;
        return;
      }
      clear(el);
      append(
        el,
        h("div", { class: "tip-name" }, displayName(node)),
        h(
          "div",
          { class: "tip-meta" },
          t(`kind.${node.kind}`),
          " · ",
          t("ex.tip.degree", { n: node.degree ?? 0 }),
          node.capabilities ? ` · ${t("ex.tip.cap", { n: node.capabilities })}` : "",
          " · ",
          t(`source.${node.provenance.source}`),
        ),
        node.provenance.source === "illustrative"
          ? h("div", { class: "tip-warn" }, t("source.illustrativeWarning"))
          : null,
        h("div", { class: "tip-hint" }, t("ex.tip.hint")),
      );
      const rect = container.getBoundingClientRect();
      const x = clientX - rect.left + 14;
      const y = clientY - rect.top + 14;
      el.hidden = false;
      el.style.left = `${Math.min(x, rect.width - el.offsetWidth - 8)}px`;
      el.style.top = `${Math.min(y, rect.height - el.offsetHeight - 8)}px`;
    },
    hide() {
      el.hidden = true;
    },
  };
}
