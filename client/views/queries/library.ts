import { CATEGORIES, type QueryInfo } from "../../../server/contracts/queries";
import { queriesApi } from "../../api/queries";
import { describeError } from "../../app/errors";
import { canWrite, readOnlyNote } from "../../app/permission";
import type { ViewContext } from "../../app/view-types";
import { t } from "../../i18n";
import { append, clear, h } from "../../lib/dom";
import { favourites, toggleFavourite } from "./favourites";
import { local } from "./text";

type Filter = (typeof CATEGORIES)[number] | "all" | "favourites";

function matches(query: QueryInfo, needle: string): boolean {
  if (!needle) return true;
  const hay = [query.id, query.title.zh, query.title.en, query.description.zh, query.description.en]
    .join(" ")
    .toLowerCase();
  return needle.split(/\s+/).every((word) => hay.includes(word));
}

/** The library page: search, category chips, favourites, one card per query. */
export async function mountLibrary(ctx: ViewContext): Promise<void> {
  const search = h("input", {
    type: "search",
    placeholder: t("queries.search"),
    "data-testid": "query-search",
    "aria-label": t("queries.search"),
  });
  const chips = h("div", { class: "chips", role: "tablist" });
  const list = h("div", { class: "query-cards", "data-testid": "query-list" });
  ctx.root.append(
    h(
      "section",
      { class: "queries-page" },
      h(
        "div",
        { class: "queries-head" },
        h("div", {}, h("h1", {}, t("queries.title")), h("p", { class: "muted" }, t("queries.intro"))),
        !canWrite()
          ? readOnlyNote(t("perm.what.editor"))
          : h(
              "a",
              {
                href: "/queries/editor",
                class: "button",
                "data-testid": "open-editor",
                onclick: (e: Event) => {
                  e.preventDefault();
                  ctx.navigate("/queries/editor");
                },
              },
              t("queries.editor"),
            ),
      ),
      h("div", { class: "queries-tools" }, search, chips),
      list,
    ),
  );
  let queries: QueryInfo[] = [];
  let filter: Filter = "all";

  function render() {
    const favs = favourites();
    const used = new Set(queries.map((q) => q.category));
    clear(chips);
    for (const key of ["all", "favourites", ...CATEGORIES.filter((c) => used.has(c))] as Filter[]) {
      const label =
        key === "all"
          ? t("queries.all")
          : key === "favourites"
            ? `★ ${t("queries.favourites")}`
            : t(`queries.category.${key}`);
      chips.append(
        h(
          "button",
          {
            class: key === filter ? "chip on" : "chip",
            "aria-pressed": String(key === filter),
            onclick: () => {
              filter = key;
              render();
            },
          },
          label,
        ),
      );
    }
    const needle = search.value.trim().toLowerCase();
    const shown = queries.filter(
      (q) =>
        matches(q, needle) && (filter === "all" || (filter === "favourites" ? favs.has(q.id) : q.category === filter)),
    );
    clear(list);
    if (shown.length === 0) list.append(h("p", { class: "muted" }, t("queries.none")));
    for (const query of shown) {
      const star = h(
        "button",
        {
          class: favs.has(query.id) ? "star on" : "star",
          "aria-label": favs.has(query.id) ? t("queries.unfavourite") : t("queries.favourite"),
          onclick: () => {
            toggleFavourite(query.id);
            render();
          },
        },
        favs.has(query.id) ? "★" : "☆",
      );
      const link = h(
        "a",
        {
          href: `/queries/${query.id}`,
          "data-query": query.id,
          onclick: (e: Event) => {
            e.preventDefault();
            ctx.navigate(`/queries/${query.id}`);
          },
        },
        local(query.title),
      );
      append(
        list,
        h(
          "article",
          { class: "query-card" },
          h("div", { class: "card-head" }, link, star),
          h("p", {}, local(query.description)),
          h(
            "div",
            { class: "card-meta muted" },
            h("span", { class: "badge" }, t(`queries.category.${query.category}`)),
            h("span", {}, t(`queries.view.${query.view}`)),
            query.builtin ? null : h("span", {}, t("queries.userQuery")),
          ),
        ),
      );
    }
  }

  search.addEventListener("input", render);
  try {
    queries = (await queriesApi.list()).queries;
  } catch (error) {
    ctx.banner.error(describeError(error), () => ctx.navigate("/queries", { replace: true }));
  }
  render();
}
