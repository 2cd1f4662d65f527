import type { FieldSpec, PreviewResponse } from "../../../server/contracts/import";
import { lang, t } from "../../i18n";
import { importErrorText } from "./error-text";
import { h } from "../../lib/dom";

const show = (value: unknown) =>
  value === null || value === undefined ? "—" : Array.isArray(value) ? value.join("；") : String(value);

/** The dry-run result: counts, every error (row, column, reason), and the rows that would change. */
export function previewTable(preview: PreviewResponse, fields: FieldSpec[] = []): HTMLElement {
  const { summary } = preview;
  const chips = h(
    "div",
    { class: "chips", "data-testid": "preview-summary" },
    ...(["new", "updated", "unchanged", "errors"] as const).map((key) =>
      h("span", { class: `chip ${key}`, "data-count": key }, `${t(`data.status.${key}`)} ${summary[key]}`),
    ),
    h("span", { class: "muted" }, t("data.preview.rows", { n: summary.rows })),
  );
  const errors = preview.errors.length
    ? h(
        "table",
        { class: "grid errors", "data-testid": "preview-errors" },
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", {}, t("data.col.row")),
            h("th", {}, t("data.col.column")),
            h("th", {}, t("data.col.reason")),
            h("th", {}, t("data.col.message")),
          ),
        ),
        h(
          "tbody",
          {},
          ...preview.errors.map((e) =>
            h(
              "tr",
              {},
              h("td", {}, e.row || t("data.preview.file")),
              h("td", {}, e.column ?? "—"),
              h("td", {}, t(`data.reason.${e.reason}`)),
              h("td", { title: e.message }, importErrorText(e, fields, t, lang())),
            ),
          ),
        ),
      )
    : null;
  const changing = preview.rows.filter((r) => r.status !== "error");
  const rows = h(
    "table",
    { class: "grid", "data-testid": "preview-rows" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", {}, t("data.col.row")),
        h("th", {}, t("data.col.status")),
        h("th", {}, t("data.col.name")),
        h("th", {}, t("data.col.ids")),
        h("th", {}, t("data.col.changes")),
      ),
    ),
    h(
      "tbody",
      {},
      ...changing.map((r) =>
        h(
          "tr",
          { "data-status": r.status },
          h("td", {}, r.row),
          h("td", {}, h("span", { class: `chip ${r.status}` }, t(`data.status.${r.status}`))),
          h("td", {}, r.name ?? "—"),
          h("td", { class: "ids" }, r.ids.join("\n")),
          h("td", {}, ...r.changes.map((c) => h("div", {}, `${c.field}: ${show(c.before)} → ${show(c.after)}`))),
        ),
      ),
    ),
  );
  return h(
    "div",
    { class: "preview" },
    chips,
    preview.ignoredColumns.length
      ? h("p", { class: "muted" }, t("data.preview.ignored", { columns: preview.ignoredColumns.join("、") }))
      : null,
    errors,
    preview.truncated ? h("p", { class: "muted" }, t("data.preview.truncated")) : null,
    changing.length ? rows : null,
  );
}
