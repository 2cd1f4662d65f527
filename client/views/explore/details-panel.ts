import type { GraphNode } from "../../../server/contracts/common";
import { displayName, t } from "../../i18n";
import { append, clear, h } from "../../lib/dom";
import { provenanceBlock } from "./provenance";

function formatValue(value: unknown): string {
  if (Array.isArray(value)) return value.join("、");
  if (typeof value === "boolean") return value ? "✓" : "✗";
  return String(value);
}

/** Side panel with every property of the selected node and where the fact comes from. */
export function createDetailsPanel(onClose: () => void) {
  const el = h("aside", { class: "details", "data-testid": "details", hidden: true, "aria-label": t("details.title") });
  return {
    el,
    show(node: GraphNode) {
      clear(el);
      el.hidden = false;
      const rows = Object.entries(node.props)
        .filter(([, v]) => v !== null && v !== "")
        .map(([key, value]) => h("tr", {}, h("th", {}, key), h("td", {}, formatValue(value))));
      append(
        el,
        h("div", { class: "details-head" },
          h("span", { class: "kind" }, t(`kind.${node.kind}`)),
          h("button", { onclick: onClose, "aria-label": t("details.close") }, "×")),
        h("h2", {}, displayName(node)),
        node.nameEn && displayName(node) !== node.nameEn ? h("p", { class: "muted" }, node.nameEn) : null,
        node.degree !== undefined ? h("p", { class: "muted" }, t("details.degree", { n: node.degree })) : null,
        h("h3", {}, t("details.provenance")),
        provenanceBlock(node.provenance),
        rows.length ? h("h3", {}, t("details.properties")) : null,
        rows.length ? h("table", { class: "props" }, ...rows) : null,
      );
    },
    hide() {
      el.hidden = true;
      clear(el);
    },
  };
}
