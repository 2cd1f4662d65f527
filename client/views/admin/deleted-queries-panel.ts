import { queriesApi } from "../../api/queries";
import type { Banner } from "../../app/banner";
import { describeError } from "../../app/errors";
import { t } from "../../i18n";
import { append, clear, h } from "../../lib/dom";

/** Deleted analyst queries (each keeps every version) with a restore button per query (admins only). */
export function createDeletedQueriesPanel(banner: Banner): HTMLElement {
  const body = h("div", {});
  const section = h(
    "section",
    { class: "card", "data-testid": "deleted-queries" },
    h("h2", {}, t("admin.deleted.title")),
    h("p", { class: "muted" }, t("admin.deleted.hint")),
    body,
  );

  async function load() {
    let queries;
    try {
      queries = (await queriesApi.deleted()).queries;
    } catch (error) {
      banner.error(describeError(error), () => void load());
      return;
    }
    clear(body);
    if (!queries.length) return append(body, h("p", { class: "muted" }, t("admin.deleted.none")));
    const rows = queries.map((q) =>
      h(
        "tr",
        { "data-query": q.id },
        h("td", {}, q.title || q.id, h("div", { class: "muted ids" }, q.id)),
        h("td", {}, q.owner ?? t("admin.deleted.noOwner")),
        h(
          "td",
          {},
          q.deletedAt.slice(0, 19).replace("T", " "),
          q.deletedBy ? h("div", { class: "muted" }, q.deletedBy) : null,
        ),
        h("td", {}, t("admin.deleted.versions", { n: q.versions })),
        h(
          "td",
          {},
          h(
            "button",
            {
              type: "button",
              "data-testid": `undelete-${q.id}`,
              onclick: async () => {
                try {
                  await queriesApi.undelete(q.id);
                  banner.info(t("admin.deleted.restored", { title: q.title || q.id }));
                  await load();
                } catch (error) {
                  banner.error(describeError(error));
                }
              },
            },
            t("admin.deleted.restore"),
          ),
        ),
      ),
    );
    append(
      body,
      h(
        "table",
        { class: "table" },
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            ...["title_col", "owner", "deletedAt", "versionsHead", "actions"].map((k) =>
              h("th", {}, t(`admin.deleted.${k}`)),
            ),
          ),
        ),
        h("tbody", {}, ...rows),
      ),
    );
  }
  void load();
  return section;
}
