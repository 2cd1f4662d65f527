import type { EntitySpec } from "../../../server/contracts/import";
import { dataApi } from "../../api/data";
import { lang, t } from "../../i18n";
import { h } from "../../lib/dom";

/** One row per importable entity: what it holds, its columns (required in bold), template downloads. */
export function createTemplatesPanel(entities: EntitySpec[]): HTMLElement {
  const zh = lang() === "zh";
  const link = (entity: string, format: "csv" | "xlsx", language: "zh" | "en", text: string) =>
    h(
      "a",
      {
        href: dataApi.templateUrl(entity, format, language),
        download: "",
        "data-template": `${entity}.${format}.${language}`,
      },
      text,
    );
  return h(
    "section",
    { class: "card", "data-testid": "templates-panel" },
    h("h2", {}, t("data.templates.title")),
    h("p", { class: "muted" }, t("data.templates.intro")),
    h(
      "table",
      { class: "grid" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", {}, t("data.entity")),
          h("th", {}, t("data.templates.columns")),
          h("th", {}, t("data.templates.download")),
        ),
      ),
      h(
        "tbody",
        {},
        ...entities.map((e) =>
          h(
            "tr",
            {},
            h(
              "td",
              {},
              h("strong", {}, zh ? e.zh : e.en),
              h("div", { class: "muted" }, zh ? e.descriptionZh : e.descriptionEn),
            ),
            h(
              "td",
              { class: "columns" },
              ...e.fields.map((f) =>
                h(
                  "span",
                  { class: f.required ? "field required" : "field", title: zh ? f.descriptionZh : f.descriptionEn },
                  zh ? f.zh : f.en,
                ),
              ),
            ),
            h(
              "td",
              { class: "downloads" },
              link(e.key, "xlsx", lang(), "XLSX"),
              " · ",
              link(e.key, "csv", "zh", "CSV 中文"),
              " · ",
              link(e.key, "csv", "en", "CSV English"),
            ),
          ),
        ),
      ),
    ),
  );
}
