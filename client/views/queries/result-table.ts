import { lang, t } from "../../i18n";
import { clear, h } from "../../lib/dom";
import { cellText, compareCells, isNodeCell, isPathCell } from "./cells";

/** A cell: domain nodes link to the explorer, illustrative ones carry the badge; the rest is text. */
function cell(value: unknown, open: (url: string) => void): HTMLElement {
  const td = h("td", {});
  const items = Array.isArray(value) && value.some(isNodeCell) ? value : [value];
  items.forEach((item, index) => {
    if (index > 0) td.append("、");
    if (isNodeCell(item) && item.labels.includes("Entity")) {
      const href = `/explore?focus=${encodeURIComponent(item.id)}`;
      td.append(
        h(
          "a",
          {
            href,
            title: item.id,
            onclick: (e: Event) => {
              e.preventDefault();
              open(href);
            },
          },
          cellText(item, lang()),
        ),
      );
    } else td.append(cellText(item, lang()));
  });
  if (isPathCell(value)) td.title = value.nodes.map((n) => n.id).join(" → ");
  if (typeof value === "number") td.className = "num";
  return td;
}

/** Sortable table (click a header; again to reverse). Rows are drawn by the page's own DOM (no innerHTML). */
export function renderTable(
  host: HTMLElement,
  columns: string[],
  rows: unknown[][],
  open: (url: string) => void,
  illustrative: Set<unknown[]> = new Set(),
): void {
  let sortBy = -1;
  let descending = false;
  const draw = () => {
    clear(host);
    if (rows.length === 0) {
      host.append(h("p", { class: "muted" }, t("queries.noRows")));
      return;
    }
    const ordered =
      sortBy < 0 ? rows : [...rows].sort((a, b) => (descending ? -1 : 1) * compareCells(a[sortBy], b[sortBy], lang()));
    const head = h(
      "tr",
      {},
      ...columns.map((column, index) =>
        h(
          "th",
          {
            "aria-sort": index === sortBy ? (descending ? "descending" : "ascending") : undefined,
            onclick: () => {
              descending = sortBy === index ? !descending : false;
              sortBy = index;
              draw();
            },
          },
          column,
          index === sortBy ? (descending ? " ▼" : " ▲") : "",
        ),
      ),
    );
    const body = h("tbody", {});
    for (const row of ordered) {
      const tr = h("tr", {}, ...row.map((value) => cell(value, open)));
      if (illustrative.has(row)) tr.classList.add("illustrative");
      body.append(tr);
    }
    host.append(h("table", { class: "results", "data-testid": "result-table" }, h("thead", {}, head), body));
  };
  draw();
}
