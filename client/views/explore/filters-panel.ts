import type { FacetsResponse } from "../../../server/contracts/graph";
import { displayName, t } from "../../i18n";
import { append, clear, h } from "../../lib/dom";
import { clearScope, resetFilters, setFilter, showHidden, toggleChoice, toggleFilter } from "../../state/view-actions";
import { ALL_BASES, ALL_KINDS, ALL_RELS, ALL_SOURCES, MAX_DEPTH, type ViewState } from "../../state/view-state";
import type { VisibleGraph } from "./graph-model";
import { kindIcon, relIcon } from "./legend-icons";

export interface FiltersContext {
  state: ViewState;
  facets: FacetsResponse | null;
  visible: VisibleGraph | null;
  focusName: string | null;
}

const count = <T>(items: T[], key: (item: T) => string) => {
  const out = new Map<string, number>();
  for (const item of items) out.set(key(item), (out.get(key(item)) ?? 0) + 1);
  return out;
};

/**
 * The left panel: scope (chain, focus and depth), then filters that double as the legend — each kind
 * with its shape and colour, each relationship type with its line style, each source with its badge —
 * with how many of each are on screen.
 */
export function createFiltersPanel(onChange: (next: ViewState) => void) {
  const el = h("aside", { id: "explore-filters", class: "filters", "aria-label": t("ex.filters") });
  const closed = new Set<string>(["districts"]);

  function section(id: string, title: string, ...body: (Node | null)[]) {
    const details = h("details", { "data-section": id, open: !closed.has(id) }, h("summary", {}, title), ...body);
    details.addEventListener("toggle", () => (details.open ? closed.delete(id) : closed.add(id)));
    return details;
  }

  function check(key: string, checked: boolean, label: Node[], onToggle: () => void, extra?: string) {
    const input = h("input", { type: "checkbox", "data-key": key, checked });
    input.addEventListener("change", onToggle);
    return h("label", { class: "check" }, input, ...label, extra ? h("span", { class: "count" }, extra) : null);
  }

  function render(c: FiltersContext) {
    const s = c.state;
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.key : undefined;
    clear(el);
    const kindsOnScreen = count(c.visible?.nodes ?? [], (n) => n.kind);
    const relsOnScreen = count(c.visible?.links ?? [], (l) => l.type);
    const sourcesOnScreen = count(c.visible?.nodes ?? [], (n) => n.provenance.source);
    const basesOnScreen = count(
      [...(c.visible?.nodes ?? []), ...(c.visible?.links ?? [])],
      (x) => x.provenance.basis ?? "stated",
    );
    const known = new Set((c.facets?.types ?? []).map((f) => f.type));
    const knownKinds = new Set((c.facets?.kinds ?? []).map((f) => f.kind));

    const chainSelect = h(
      "select",
      { "data-key": "chain", "aria-label": t("ex.scope.chain") },
      h("option", { value: "" }, t("ex.scope.all")),
      ...(c.facets?.chains ?? []).map((chain) =>
        h("option", { value: chain.id, selected: chain.id === s.chain }, displayName(chain)),
      ),
    );
    chainSelect.addEventListener("change", () =>
      onChange({ ...s, chain: chainSelect.value || null, exp: [], hide: [] }),
    );

    const depth = h(
      "div",
      { class: "segmented", role: "group", "aria-label": t("ex.depth") },
      ...Array.from({ length: MAX_DEPTH }, (_, i) => i + 1).map((d) =>
        h(
          "button",
          {
            "data-key": `depth-${d}`,
            "aria-pressed": s.depth === d ? "true" : "false",
            onclick: () => onChange({ ...s, depth: d }),
          },
          String(d),
        ),
      ),
    );

    append(
      el,
      section(
        "scope",
        t("ex.scope"),
        h("label", { class: "field" }, h("span", {}, t("ex.scope.chain")), chainSelect),
        s.focus
          ? h(
              "div",
              { class: "chip" },
              h("span", {}, t("ex.focus"), "：", h("b", {}, c.focusName ?? s.focus)),
              h(
                "button",
                { class: "link", "data-key": "clear-focus", onclick: () => onChange(clearScope(s)) },
                t("ex.focus.clear"),
              ),
            )
          : null,
        s.focus ? h("div", { class: "field" }, h("span", {}, t("ex.depth")), depth) : null,
        s.nodes
          ? h(
              "div",
              { class: "chip" },
              h("span", {}, t("ex.nodesSet", { n: s.nodes.length })),
              h("button", { class: "link", onclick: () => onChange(clearScope(s)) }, t("ex.focus.clear")),
            )
          : null,
        s.hide.length
          ? h(
              "div",
              { class: "chip" },
              h("span", {}, t("ex.hidden", { n: s.hide.length })),
              h(
                "button",
                { class: "link", "data-key": "show-hidden", onclick: () => onChange(showHidden(s)) },
                t("ex.showHidden"),
              ),
            )
          : null,
      ),
      section(
        "kinds",
        t("ex.kinds"),
        h(
          "div",
          { class: "checks" },
          ...ALL_KINDS.filter((k) => knownKinds.has(k) || kindsOnScreen.has(k)).map((k) =>
            check(
              `kind-${k}`,
              !s.kinds || s.kinds.includes(k),
              [kindIcon(k), h("span", {}, t(`kind.${k}`))],
              () => onChange(toggleFilter(s, "kinds", k, ALL_KINDS)),
              String(kindsOnScreen.get(k) ?? 0),
            ),
          ),
        ),
        h(
          "div",
          { class: "row-actions" },
          h("button", { class: "link", onclick: () => onChange(setFilter(s, "kinds", null)) }, t("ex.all")),
        ),
      ),
      section(
        "rels",
        t("ex.rels"),
        h(
          "div",
          { class: "checks" },
          ...ALL_RELS.filter((r) => known.has(r) || relsOnScreen.has(r)).map((r) =>
            check(
              `rel-${r}`,
              !s.rels || s.rels.includes(r),
              [relIcon(r), h("span", {}, t(`ex.rel.${r}`))],
              () => onChange(toggleFilter(s, "rels", r, ALL_RELS)),
              String(relsOnScreen.get(r) ?? 0),
            ),
          ),
        ),
        h(
          "div",
          { class: "row-actions" },
          h("button", { class: "link", onclick: () => onChange(setFilter(s, "rels", null)) }, t("ex.all")),
        ),
      ),
      section(
        "sources",
        t("ex.sources"),
        h(
          "div",
          { class: "checks" },
          ...ALL_SOURCES.map((src) =>
            check(
              `src-${src}`,
              !s.sources || s.sources.includes(src),
              [h("span", { class: `badge ${src}` }, t(`source.${src}`))],
              () => onChange(toggleFilter(s, "sources", src, ALL_SOURCES)),
              String(sourcesOnScreen.get(src) ?? 0),
            ),
          ),
        ),
        h("p", { class: "hint" }, t("ex.legend.illustrative")),
      ),
      section(
        "bases",
        t("basis.filter"),
        h(
          "div",
          { class: "checks" },
          ...ALL_BASES.map((b) =>
            check(
              `basis-${b}`,
              !s.bases || s.bases.includes(b),
              [h("span", { class: `badge basis-${b}` }, t(`basis.${b}`))],
              () => onChange(toggleFilter(s, "bases", b, ALL_BASES)),
              String(basesOnScreen.get(b) ?? 0),
            ),
          ),
        ),
        h("p", { class: "hint" }, t("basis.legend")),
      ),
      c.facets?.districts.length
        ? section(
            "districts",
            t("ex.districts"),
            h(
              "div",
              { class: "checks" },
              ...c.facets.districts.map((d) =>
                check(
                  `district-${d.name}`,
                  s.districts?.includes(d.name) ?? false,
                  [h("span", {}, d.name)],
                  () => onChange(toggleChoice(s, "districts", d.name)),
                  String(d.count),
                ),
              ),
            ),
            h("p", { class: "hint" }, t("ex.districts.hint")),
          )
        : null,
      section(
        "size",
        t("ex.sizeBy"),
        h(
          "div",
          { class: "segmented wide", role: "group" },
          h(
            "button",
            {
              "data-key": "size-degree",
              "aria-pressed": s.size === "degree" ? "true" : "false",
              onclick: () => onChange({ ...s, size: "degree" }),
            },
            t("ex.size.degree"),
          ),
          h(
            "button",
            {
              "data-key": "size-cap",
              "aria-pressed": s.size === "capabilities" ? "true" : "false",
              onclick: () => onChange({ ...s, size: "capabilities" }),
            },
            t("ex.size.cap"),
          ),
        ),
      ),
      h("button", { class: "reset", "data-key": "reset", onclick: () => onChange(resetFilters(s)) }, t("ex.reset")),
    );
    if (focused) el.querySelector<HTMLElement>(`[data-key="${CSS.escape(focused)}"]`)?.focus();
  }
  return { el, render };
}
