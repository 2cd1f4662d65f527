import { dataApi } from "../../api/data";
import { describeError } from "../../app/errors";
import { session } from "../../app/session";
import type { MountedView, ViewContext } from "../../app/view-types";
import { t } from "../../i18n";
import { append, h } from "../../lib/dom";
import { createExportPanel } from "./export-panel";
import { createImportPanel } from "./import-panel";
import { createTemplatesPanel } from "./templates-panel";
import "../../styles/panels.css";
import "./data.css";

/** /data — bring your own data (admins import; everyone may download templates and export); /data/freshness. */
export async function mount(ctx: ViewContext): Promise<MountedView> {
  if (location.pathname.startsWith("/data/freshness")) return (await import("./freshness-view")).mount(ctx);
  // /data/documents…: document ingestion (issue 16) lives in its own view module.
  if (location.pathname.startsWith("/data/documents"))
    return (await import("../documents/documents-view")).mountDocuments(ctx);
  const page = h("div", { class: "data-page" }, h("h1", {}, t("data.title")));
  ctx.root.append(page);
  try {
    const { entities, maxBytes } = await dataApi.entities();
    append(
      page,
      session.can("admin")
        ? createImportPanel(entities, maxBytes, (url) => ctx.navigate(url))
        : h(
            "section",
            { class: "card", "data-testid": "import-locked" },
            h("h2", {}, t("data.import.title")),
            h("p", { class: "muted" }, t("data.import.adminOnly")),
          ),
      session.can("analyst")
        ? h(
            "section",
            { class: "card", "data-testid": "documents-card" },
            h("h2", {}, t("doc.title")),
            h("p", { class: "muted" }, t("doc.card")),
            h(
              "a",
              {
                href: "/data/documents",
                "data-testid": "documents-link",
                onclick: (e: Event) => (e.preventDefault(), ctx.navigate("/data/documents")),
              },
              t("doc.open"),
            ),
          )
        : "",
      createExportPanel(new URL(location.href)),
      session.can("analyst")
        ? h(
            "section",
            { class: "card" },
            h(
              "a",
              {
                href: "/data/freshness",
                "data-testid": "freshness-link",
                onclick: (e: Event) => {
                  e.preventDefault();
                  ctx.navigate("/data/freshness");
                },
              },
              t("fresh.link"),
            ),
          )
        : null,
      createTemplatesPanel(entities),
    );
  } catch (error) {
    ctx.banner.error(describeError(error), () => ctx.navigate(location.pathname + location.search, { replace: true }));
  }
  return {};
}
