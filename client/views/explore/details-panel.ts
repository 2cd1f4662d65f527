import type { GraphLink } from "../../../server/contracts/common";
import type { NodeResponse, ViewNode } from "../../../server/contracts/graph";
import type { RelType } from "../../../server/contracts/model";
import { displayName, t } from "../../i18n";
import { append, clear, h } from "../../lib/dom";
import { PAGE_SIZE, type ViewState } from "../../state/view-state";
import { expandMenu } from "./expand-menu";
import { kindIcon } from "./legend-icons";
import { basisBadge, claimMarks, provenanceBlock } from "./provenance";
import { relationsList } from "./relations-list";

export type DetailsAction =
  | { type: "expand"; types: RelType[] | null }
  | { type: "more" | "collapse" | "hide" | "pin" | "unpin" | "focus" | "path-from" | "path-to" };

export interface DetailsContext {
  node: ViewNode;
  links: GraphLink[];
  byId: Map<string, ViewNode>;
  pinned: boolean;
  expanded: boolean;
  /** Neighbours shown by this node's expansion and how many it has, when it is expanded and has more. */
  paging: { shown: number; total: number } | null;
  info: NodeResponse | null;
  askExpand: boolean;
  /** False when the selected node is not drawn (filtered out, or only named by the URL). */
  inView: boolean;
}

/** What the panel needs about the selected node, from the view's state and what it fetched. */
export function detailsContext(
  state: ViewState,
  shown: {
    load: { fetched: { expansions: { nodes: unknown[]; meta?: { truncated: boolean; total?: number } }[] } };
    visible: { links: GraphLink[] };
    byId: Map<string, ViewNode>;
  },
  node: ViewNode,
  info: NodeResponse | null,
  askExpand: boolean,
): DetailsContext {
  const exp = state.exp.findIndex((e) => e.id === node.id);
  const page = exp >= 0 ? shown.load.fetched.expansions[exp] : undefined;
  return {
    node,
    links: shown.visible.links,
    byId: shown.byId,
    pinned: state.pins.some((p) => p.id === node.id),
    expanded: exp >= 0,
    paging: page?.meta?.truncated ? { shown: page.nodes.length - 1, total: page.meta.total ?? 0 } : null,
    info,
    askExpand,
    inView: shown.byId.has(node.id),
  };
}

const HIDDEN_PROPS = new Set(["aliases", "district"]);

function formatValue(value: unknown): string {
  if (Array.isArray(value)) return value.join("、");
  if (typeof value === "boolean") return value ? "✓" : "✗";
  return String(value);
}

/** Side panel: the node, what can be done with it, every property, where it comes from, its relationships. */
export function createDetailsPanel(handlers: {
  close(): void;
  act(action: DetailsAction): void;
  select(id: string): void;
}) {
  const el = h("aside", {
    class: "details",
    "data-testid": "details",
    hidden: true,
    "aria-label": t("details.title"),
    tabindex: "-1",
  });
  let expandOpen = false;
  let shownId: string | null = null;

  function render(c: DetailsContext) {
    if (shownId !== c.node.id) expandOpen = c.askExpand;
    else if (c.askExpand) expandOpen = true;
    shownId = c.node.id;
    clear(el);
    el.hidden = false;
    const n = c.node;
    const act = (action: DetailsAction) => () => handlers.act(action);
    const button = (key: string, label: string, action: DetailsAction, extra: Record<string, string> = {}) =>
      h("button", { "data-testid": key, onclick: act(action), ...extra }, label);
    const aliases = Array.isArray(n.props.aliases) ? n.props.aliases.map(String) : [];
    const other = displayName(n) === n.name ? n.nameEn : n.name;
    let citation = 1;
    const rows = Object.entries(n.props)
      .filter(([k, v]) => v !== null && v !== "" && !HIDDEN_PROPS.has(k))
      .map(([key, value]) => {
        const { marks, next } = claimMarks(n.claims?.[key], citation);
        citation = next;
        return h(
          "tr",
          { "data-prop": key },
          h("th", {}, t(`ex.prop.${key}`) === `ex.prop.${key}` ? key : t(`ex.prop.${key}`)),
          h("td", {}, formatValue(value), ...marks),
        );
      });
    const expandToggle = h(
      "button",
      { "data-testid": "expand", "aria-expanded": expandOpen ? "true" : "false", class: "primary" },
      t("ex.expand"),
      " ▾",
    );
    expandToggle.addEventListener("click", () => {
      // The degree is known from the view's node before /api/nodes/:id answers: no race with a quick click.
      const degree = c.info?.degree ?? c.node.degree;
      if (degree !== undefined && degree <= PAGE_SIZE && !expandOpen) handlers.act({ type: "expand", types: null });
      else {
        expandOpen = !expandOpen;
        render(c);
      }
    });

    append(
      el,
      h(
        "div",
        { class: "details-head" },
        h(
          "span",
          { class: "kind" },
          kindIcon(n.kind, { illustrative: n.provenance.source === "illustrative" }),
          t(`kind.${n.kind}`),
        ),
        h(
          "button",
          {
            class: "icon-button",
            onclick: handlers.close,
            "aria-label": t("details.close"),
            title: t("details.close"),
          },
          "×",
        ),
      ),
      c.inView ? null : h("p", { class: "notice" }, t("ex.notInView")),
      h("h2", {}, displayName(n)),
      other ? h("p", { class: "muted" }, other) : null,
      aliases.length ? h("p", { class: "muted small" }, t("ex.aliases"), "：", aliases.join("、")) : null,
      h(
        "p",
        { class: "facts" },
        h("span", { class: `badge ${n.provenance.source}` }, t(`source.${n.provenance.source}`)),
        basisBadge(n.provenance),
        h("span", {}, t("details.degree", { n: n.degree ?? 0 })),
        n.capabilities ? h("span", {}, t("ex.tip.cap", { n: n.capabilities })) : null,
        typeof n.props.district === "string" ? h("span", {}, n.props.district) : null,
      ),
      h(
        "div",
        { class: "actions" },
        expandToggle,
        button(
          "collapse",
          t("ex.collapse"),
          { type: "collapse" },
          c.expanded ? {} : { title: t("ex.collapse.leaves") },
        ),
        button("hide-node", t("ex.hide"), { type: "hide" }),
        c.pinned
          ? button("pin-node", t("ex.unpin"), { type: "unpin" })
          : button("pin-node", t("ex.pin"), { type: "pin" }),
        button("focus-node", t("ex.focusHere"), { type: "focus" }),
        button("path-from", t("ex.pathFrom"), { type: "path-from" }),
        button("path-to", t("ex.pathTo"), { type: "path-to" }),
      ),
      expandOpen && c.info
        ? expandMenu(c.info, (types) => {
            expandOpen = false;
            handlers.act({ type: "expand", types });
          })
        : null,
      expandOpen && !c.info ? h("p", { class: "muted small" }, t("loading")) : null,
      c.paging
        ? h(
            "p",
            { class: "paging" },
            t("ex.paging", c.paging),
            " ",
            h("button", { "data-testid": "show-more", onclick: act({ type: "more" }) }, t("ex.more")),
          )
        : null,
      h("h3", {}, t("details.provenance")),
      provenanceBlock(n.provenance, n.claims),
      rows.length ? h("h3", {}, t("details.properties")) : null,
      rows.length ? h("table", { class: "props" }, ...rows) : null,
      relationsList(n, c.links, c.byId, handlers.select),
    );
  }
  return {
    el,
    render,
    hide() {
      el.hidden = true;
      shownId = null;
      clear(el);
    },
    /** Show a message in the panel (e.g. the selected id does not exist). */
    message(text: string) {
      clear(el);
      el.hidden = false;
      shownId = null;
      append(
        el,
        h(
          "div",
          { class: "details-head" },
          h("span", {}),
          h("button", { class: "icon-button", onclick: handlers.close, "aria-label": t("details.close") }, "×"),
        ),
        h("p", { class: "notice" }, text),
      );
    },
  };
}
