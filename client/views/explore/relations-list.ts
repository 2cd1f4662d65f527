import type { GraphLink } from "../../../server/contracts/common";
import type { ViewNode } from "../../../server/contracts/graph";
import { displayName, t } from "../../i18n";
import { h } from "../../lib/dom";
import { kindIcon, relIcon } from "./legend-icons";
import { basisBadge, provenanceBlock } from "./provenance";

const MAX_PER_TYPE = 12;

/**
 * The node's relationships on screen, by type: the other end (click to select it), the direction,
 * relationship properties, and where each relationship comes from (opened on demand).
 */
export function relationsList(
  node: ViewNode,
  links: GraphLink[],
  byId: Map<string, ViewNode>,
  onSelect: (id: string) => void,
): HTMLElement | null {
  const mine = links.filter((l) => l.source === node.id || l.target === node.id);
  if (!mine.length) return null;
  const groups = new Map<string, GraphLink[]>();
  for (const l of mine) (groups.get(l.type) ?? groups.set(l.type, []).get(l.type)!).push(l);
  const sections = [...groups.entries()]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([type, group]) => {
      const items = group.slice(0, MAX_PER_TYPE).map((l) => {
        const otherId = l.source === node.id ? l.target : l.source;
        const other = byId.get(otherId);
        const props = Object.entries(l.props)
          .filter(([, v]) => v !== null && v !== "")
          .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join("、") : String(v)}`);
        return h(
          "li",
          {},
          h(
            "details",
            {},
            h(
              "summary",
              {},
              h(
                "span",
                { class: "dir", title: l.source === node.id ? t("ex.rel.out") : t("ex.rel.in") },
                l.source === node.id ? "→" : "←",
              ),
              other ? kindIcon(other.kind) : null,
              h(
                "button",
                {
                  class: "link",
                  onclick: (e: Event) => {
                    e.preventDefault();
                    onSelect(otherId);
                  },
                },
                other ? displayName(other) : otherId,
              ),
              h("span", { class: `badge ${l.provenance.source}` }, t(`source.${l.provenance.source}`)),
              l.provenance.basis && l.provenance.basis !== "stated" ? basisBadge(l.provenance) : null,
            ),
            props.length ? h("p", { class: "muted small" }, props.join(" · ")) : null,
            provenanceBlock(l.provenance, l.claims),
          ),
        );
      });
      return h(
        "div",
        { class: "rel-group" },
        h("h4", {}, relIcon(type), t(`ex.rel.${type}`), h("span", { class: "count" }, String(group.length))),
        h("ul", {}, ...items),
        group.length > MAX_PER_TYPE
          ? h("p", { class: "muted small" }, t("ex.relations.more", { n: group.length - MAX_PER_TYPE }))
          : null,
      );
    });
  return h("div", { class: "relations" }, h("h3", {}, t("ex.relations", { n: mine.length })), ...sections);
}
