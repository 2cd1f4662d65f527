import type { GraphLink } from "../../../server/contracts/common";
import type { ViewNode } from "../../../server/contracts/graph";
import { displayName, t } from "../../i18n";
import { append, clear, h } from "../../lib/dom";
import type { VisibleGraph } from "./graph-model";
import { kindIcon, relIcon } from "./legend-icons";
import { moveIndex, nextSort, sortRows, type Column, type SortDir } from "./table-model";

const ROW = 32;

type Row = { id: string; node?: ViewNode; link?: GraphLink };

/**
 * What is on screen as a sortable table (nodes or relationships). Rows are virtualised (thousands stay
 * fast); the table is one focusable grid: ↑ ↓ PgUp PgDn Home End move, Enter opens the details.
 */
export function createTableView(onOpen: (nodeId: string) => void) {
  const tabs = h("div", { class: "segmented", role: "tablist" });
  const head = h("div", { class: "thead", role: "row" });
  const spacer = h("div", { class: "spacer" });
  const body = h("div", { class: "tbody", role: "rowgroup" }, spacer);
  const scroller = h(
    "div",
    { class: "tscroll", tabindex: "0", role: "grid", "aria-label": t("ex.mode.table") },
    head,
    body,
  );
  const el = h(
    "section",
    { class: "table-panel", "data-testid": "table-panel", hidden: true },
    h("div", { class: "table-bar" }, tabs, h("span", { class: "hint" }, t("ex.table.hint"))),
    scroller,
  );
  let which: "nodes" | "links" = "nodes";
  let sort: { key: string; dir: SortDir } | null = null;
  let rows: Row[] = [];
  let active = 0;
  let graph: VisibleGraph | null = null;
  let byId = new Map<string, ViewNode>();

  const name = (id: string) => (byId.get(id) ? displayName(byId.get(id)!) : id);
  const nodeColumns: (Column<Row> & { label: string; cell(r: Row): Node | string })[] = [
    {
      key: "name",
      label: t("ex.table.name"),
      value: (r) => displayName(r.node!),
      cell: (r) =>
        h(
          "span",
          { class: "cell-name" },
          kindIcon(r.node!.kind),
          h("span", { class: "ellipsis" }, displayName(r.node!)),
        ),
    },
    {
      key: "kind",
      label: t("ex.table.kind"),
      value: (r) => t(`kind.${r.node!.kind}`),
      cell: (r) => t(`kind.${r.node!.kind}`),
    },
    {
      key: "degree",
      label: t("ex.table.degree"),
      numeric: true,
      value: (r) => r.node!.degree ?? null,
      cell: (r) => String(r.node!.degree ?? ""),
    },
    {
      key: "cap",
      label: t("ex.table.cap"),
      numeric: true,
      value: (r) => r.node!.capabilities ?? null,
      cell: (r) => String(r.node!.capabilities ?? ""),
    },
    {
      key: "district",
      label: t("ex.table.district"),
      value: (r) => (typeof r.node!.props.district === "string" ? r.node!.props.district : null),
      cell: (r) => String(r.node!.props.district ?? ""),
    },
    {
      key: "source",
      label: t("ex.table.source"),
      value: (r) => r.node!.provenance.source,
      cell: (r) => h("span", { class: `badge ${r.node!.provenance.source}` }, t(`source.${r.node!.provenance.source}`)),
    },
    {
      key: "asOf",
      label: t("ex.table.asOf"),
      value: (r) => r.node!.provenance.asOf ?? null,
      cell: (r) => r.node!.provenance.asOf ?? "",
    },
  ];
  const linkColumns: typeof nodeColumns = [
    {
      key: "type",
      label: t("ex.table.type"),
      value: (r) => t(`ex.rel.${r.link!.type}`),
      cell: (r) =>
        h(
          "span",
          { class: "cell-name" },
          relIcon(r.link!.type, { illustrative: r.link!.provenance.source === "illustrative" }),
          h("span", { class: "ellipsis" }, t(`ex.rel.${r.link!.type}`)),
        ),
    },
    { key: "from", label: t("ex.table.from"), value: (r) => name(r.link!.source), cell: (r) => name(r.link!.source) },
    { key: "to", label: t("ex.table.to"), value: (r) => name(r.link!.target), cell: (r) => name(r.link!.target) },
    {
      key: "source",
      label: t("ex.table.source"),
      value: (r) => r.link!.provenance.source,
      cell: (r) => h("span", { class: `badge ${r.link!.provenance.source}` }, t(`source.${r.link!.provenance.source}`)),
    },
    {
      key: "asOf",
      label: t("ex.table.asOf"),
      value: (r) => r.link!.provenance.asOf ?? null,
      cell: (r) => r.link!.provenance.asOf ?? "",
    },
  ];
  const columns = () => (which === "nodes" ? nodeColumns : linkColumns);

  function renderHead() {
    clear(tabs);
    for (const tab of ["nodes", "links"] as const) {
      const count = tab === "nodes" ? (graph?.nodes.length ?? 0) : (graph?.links.length ?? 0);
      tabs.append(
        h(
          "button",
          {
            role: "tab",
            "aria-selected": which === tab ? "true" : "false",
            "aria-pressed": which === tab ? "true" : "false",
            onclick: () => {
              which = tab;
              sort = null;
              active = 0;
              refresh();
            },
          },
          `${t(`ex.table.${tab}`)} (${count})`,
        ),
      );
    }
    clear(head);
    for (const column of columns()) {
      const mark = sort?.key === column.key ? (sort.dir === "asc" ? " ▲" : " ▼") : "";
      head.append(
        h(
          "button",
          {
            class: `th col-${column.key}`,
            role: "columnheader",
            "aria-sort": sort?.key === column.key ? (sort.dir === "asc" ? "ascending" : "descending") : "none",
            onclick: () => {
              sort = nextSort(sort, column);
              refresh();
            },
          },
          column.label + mark,
        ),
      );
    }
  }

  function renderRows() {
    const top = scroller.scrollTop;
    const height = scroller.clientHeight || 600;
    const first = Math.max(0, Math.floor(top / ROW) - 5);
    const last = Math.min(rows.length, Math.ceil((top + height) / ROW) + 5);
    for (const child of [...body.children]) if (child !== spacer) child.remove();
    spacer.style.height = `${rows.length * ROW}px`;
    for (let i = first; i < last; i++) {
      const row = rows[i]!;
      const tr = h("div", {
        class: "tr",
        role: "row",
        id: `row-${i}`,
        "aria-selected": i === active ? "true" : "false",
        "data-row": String(i),
        style: `top:${i * ROW}px`,
      });
      for (const column of columns())
        append(tr, h("div", { class: `td col-${column.key}`, role: "gridcell" }, column.cell(row)));
      tr.addEventListener("click", () => {
        active = i;
        open();
        renderRows();
      });
      body.append(tr);
    }
    scroller.setAttribute("aria-activedescendant", `row-${active}`);
  }

  function open() {
    const row = rows[active];
    if (row) onOpen(row.node ? row.node.id : row.link!.source);
  }

  function refresh() {
    const base: Row[] =
      which === "nodes"
        ? (graph?.nodes ?? []).map((n) => ({ id: n.id, node: n }))
        : (graph?.links ?? []).map((l) => ({ id: l.id, link: l }));
    rows = sortRows(
      base,
      columns().find((c) => c.key === sort?.key),
      sort?.dir ?? "asc",
    );
    active = Math.min(active, Math.max(0, rows.length - 1));
    renderHead();
    renderRows();
  }

  scroller.addEventListener("scroll", () => requestAnimationFrame(renderRows));
  scroller.addEventListener("keydown", (event) => {
    if (event.key === "Enter") open();
    else {
      const next = moveIndex(active, event.key, rows.length, Math.max(1, Math.floor(scroller.clientHeight / ROW) - 1));
      if (next === null) return;
      active = next;
      const y = active * ROW;
      if (y < scroller.scrollTop + ROW) scroller.scrollTop = Math.max(0, y - ROW);
      else if (y + ROW > scroller.scrollTop + scroller.clientHeight)
        scroller.scrollTop = y + 2 * ROW - scroller.clientHeight;
      renderRows();
    }
    event.preventDefault();
  });

  return {
    el,
    show(next: VisibleGraph, selected: string | null) {
      graph = next;
      byId = new Map(next.nodes.map((n) => [n.id, n]));
      el.hidden = false;
      refresh();
      if (selected && which === "nodes") {
        const index = rows.findIndex((r) => r.id === selected);
        if (index >= 0) active = index;
        renderRows();
      }
    },
    hide() {
      el.hidden = true;
    },
    focus: () => scroller.focus(),
  };
}
