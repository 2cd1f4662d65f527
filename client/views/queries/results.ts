import type { ColumnSpec, RunResponse } from "../../../server/contracts/queries";
import { drawBars } from "../../charts/bar/render";
import { lang, t } from "../../i18n";
import { clear, h } from "../../lib/dom";
import { cellText, nodeIds } from "./cells";
import { translateResult } from "./columns";
import { toCsv } from "./csv";
import { renderGraph } from "./result-graph";
import { renderTable } from "./result-table";
import { noticeText } from "./text";
import { downloadText } from "../../lib/download";

type View = "table" | "graph" | "bar";

const download = (name: string, text: string) => downloadText(text, name);

/** Result tabs (table always; graph when the result has graph elements; bar when the query declares it). */
export function renderResults(
  host: HTMLElement,
  result: RunResponse,
  options: {
    view: View;
    bar?: { x: string; y: string };
    columns?: Record<string, ColumnSpec>;
    name: string;
    open: (url: string) => void;
  },
): void {
  clear(host);
  // Everything shown (table, bar labels, CSV) reads the translated rows; the raw ones stay for links and ids.
  const shown = translateResult(result.columns, result.rows, options.columns, lang(), t);
  const sourceIndex = result.columns.indexOf("source");
  const illustrative = new Set(
    shown.rows.filter((_, i) => sourceIndex >= 0 && result.rows[i]![sourceIndex] === "illustrative"),
  );
  const views: View[] = [
    "table",
    ...(result.graph ? (["graph"] as View[]) : []),
    ...(options.bar ? (["bar"] as View[]) : []),
  ];
  let current: View = views.includes(options.view) ? options.view : "table";
  const body = h("div", { class: "result-body" });
  const tabs = h("div", { class: "tabs", role: "tablist" });
  let cleanup: (() => void) | null = null;

  const ids = nodeIds(result.rows);
  const explorer = ids.length ? `/explore?nodes=${ids.slice(0, 500).map(encodeURIComponent).join(",")}` : null;
  const summary = h(
    "span",
    { class: "muted", "data-testid": "result-summary" },
    t("queries.summary", { rows: result.summary.rows, ms: result.summary.ms }),
  );
  const toolbar = h(
    "div",
    { class: "result-toolbar" },
    tabs,
    summary,
    h(
      "button",
      {
        "data-testid": "csv",
        onclick: () => download(`${options.name}.csv`, toCsv(shown.columns, shown.rows, lang())),
      },
      t("queries.csv"),
    ),
    explorer
      ? h(
          "a",
          {
            class: "button",
            href: explorer,
            "data-testid": "open-explorer",
            onclick: (e: Event) => {
              e.preventDefault();
              options.open(explorer);
            },
          },
          t("queries.openExplorer"),
        )
      : null,
  );
  host.append(toolbar);
  if (result.summary.truncated)
    host.append(
      h("p", { class: "warn", "data-testid": "truncated" }, t("queries.truncated", { rows: result.summary.rows })),
    );
  // Neo4j's notices are English: each is said in the page's language, the original kept in a disclosure.
  if (result.summary.notices?.length) {
    const notices = result.summary.notices;
    host.append(
      h(
        "div",
        { class: "notices muted", "data-testid": "notices" },
        h("p", {}, t("queries.notices"), " ", [...new Set(notices.map((n) => noticeText(n.title)))].join(" ")),
        h(
          "details",
          {},
          h("summary", {}, t("queries.notices.summary", { n: notices.length })),
          h("ul", { lang: "en" }, ...notices.map((n) => h("li", {}, n.title))),
        ),
      ),
    );
  }
  host.append(body);

  const show = () => {
    cleanup?.();
    cleanup = null;
    clear(tabs);
    for (const view of views) {
      tabs.append(
        h(
          "button",
          {
            role: "tab",
            class: view === current ? "tab on" : "tab",
            "aria-selected": String(view === current),
            "data-view": view,
            onclick: () => {
              current = view;
              show();
            },
          },
          t(`queries.view.${view}`),
        ),
      );
    }
    clear(body);
    if (current === "table") renderTable(body, shown.columns, shown.rows, options.open, illustrative);
    else if (current === "graph" && result.graph) cleanup = renderGraph(body, result.graph);
    else if (current === "bar" && options.bar) {
      const x = result.columns.indexOf(options.bar.x);
      const y = result.columns.indexOf(options.bar.y);
      const items = shown.rows.map((row) => ({ label: cellText(row[x], lang()), value: Number(row[y]) }));
      const chart = h("div", { class: "bar-chart", "data-testid": "bar-chart" });
      body.append(chart);
      const { hidden } = drawBars(chart, items, body.clientWidth || 900);
      if (hidden > 0) body.append(h("p", { class: "muted" }, t("queries.barHidden", { n: hidden })));
    }
  };
  show();
}
