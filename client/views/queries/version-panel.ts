import { queriesApi } from "../../api/queries";
import type { ViewContext } from "../../app/view-types";
import { t } from "../../i18n";
import { clear, h } from "../../lib/dom";
import { lineDiff } from "./line-diff";

/** Version history of a saved query: view an old text, compare it with the editor, restore it as a new version. */
export function createVersionPanel(
  ctx: ViewContext,
  hooks: { currentText: () => string; onRestored: (id: string) => void },
) {
  const el = h("div", { class: "side-box", "data-testid": "versions", hidden: true });

  /** `canRestore`: the user owns the query or is an admin (restoring adds a version). */
  async function show(id: string | null, canRestore = true) {
    clear(el);
    el.hidden = !id;
    if (!id) return;
    el.append(h("h2", {}, t("editor.history")));
    const detail = h("div", {});
    try {
      const { versions, current } = await queriesApi.versions(id);
      const list = h("ul", { class: "versions" });
      for (const version of versions) {
        const view = async (compare: boolean) => {
          const old = await queriesApi.version(id, version.n);
          clear(detail);
          const pre = h("div", { class: "diff", "data-testid": compare ? "version-diff" : "version-text" });
          if (compare)
            for (const line of lineDiff(old.text, hooks.currentText()))
              pre.append(
                h(
                  "div",
                  { class: line.op },
                  `${line.op === "add" ? "+ " : line.op === "del" ? "- " : "  "}${line.text}`,
                ),
              );
          else pre.append(old.text);
          detail.append(h("p", { class: "muted" }, `${t("editor.version", { n: version.n })} · ${old.title}`), pre);
        };
        list.append(
          h(
            "li",
            { "data-version": version.n },
            h("strong", {}, t("editor.version", { n: version.n })),
            version.n === current ? h("span", { class: "badge" }, t("editor.current")) : null,
            h("span", { class: "muted" }, new Date(version.savedAt).toLocaleString()),
            version.note ? h("span", {}, version.note) : null,
            h(
              "button",
              { onclick: () => void view(false).catch((e: unknown) => ctx.banner.error(String(e))) },
              t("editor.viewVersion"),
            ),
            h(
              "button",
              { onclick: () => void view(true).catch((e: unknown) => ctx.banner.error(String(e))) },
              t("editor.compare"),
            ),
            version.n === current || !canRestore
              ? null
              : h(
                  "button",
                  {
                    "data-testid": `restore-${version.n}`,
                    onclick: async () => {
                      const restored = await queriesApi.restore(id, version.n);
                      ctx.banner.info(t("editor.restored", { n: restored.version ?? "?" }));
                      hooks.onRestored(id);
                    },
                  },
                  t("editor.restore"),
                ),
          ),
        );
      }
      el.append(list, detail);
    } catch (error) {
      el.append(h("p", { class: "muted" }, String(error)));
    }
  }
  return { el, show };
}
