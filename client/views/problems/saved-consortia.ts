import type { SavedConsortium } from "../../../server/contracts/consortia";
import { consortiaApi } from "../../api/problems";
import { describeError } from "../../app/errors";
import { canChangeOwned } from "../../app/permission";
import type { ViewContext } from "../../app/view-types";
import { displayName, t } from "../../i18n";
import { append, clear, h } from "../../lib/dom";
import { appLink, links, sourceBadge } from "./format";

/** The consortia already recorded for this problem (proposed / formed), with delete. */
export function savedConsortia(ctx: ViewContext, problemId: string, options: { readOnly?: boolean } = {}) {
  const el = h("section", { class: "saved", "data-testid": "saved-consortia" });
  let last: SavedConsortium[] = [];
  async function load() {
    let list: SavedConsortium[];
    try {
      list = (await consortiaApi.list(problemId)).consortia;
    } catch (error) {
      ctx.banner.error(describeError(error), () => void load());
      return;
    }
    clear(el);
    el.dataset.count = String(list.length);
    last = list;
    append(el, h("h2", {}, t("saved.title", { n: list.length })));
    if (!list.length) el.append(h("p", { class: "muted" }, t("saved.none")));
    for (const c of list) {
      el.append(
        h(
          "div",
          { class: "saved-item", "data-consortium": c.id },
          h("strong", {}, c.name),
          " ",
          h("span", { class: `badge status-${c.status}` }, t(`consortium.status.${c.status}`)),
          " ",
          sourceBadge(c.provenance),
          h("span", { class: "muted" }, ` · ${c.provenance.asOf ?? ""}`),
          h(
            "div",
            {},
            ...c.members.map((m) =>
              h(
                "span",
                { class: "chip" },
                m.role === "lead" ? `★ ` : "",
                appLink(ctx.navigate, links.explore(m.id), displayName(m)),
              ),
            ),
          ),
          c.owner
            ? h(
                "span",
                { class: "muted", "data-testid": "consortium-owner" },
                ` · ${t("saved.owner", { user: c.owner })}`,
              )
            : null,
          options.readOnly || !canChangeOwned(c.owner)
            ? null
            : h(
                "button",
                {
                  class: "no-print",
                  "data-testid": "consortium-delete",
                  onclick: async () => {
                    if (!confirm(t("saved.confirmDelete"))) return;
                    try {
                      await consortiaApi.remove(c.id);
                      await load();
                    } catch (error) {
                      ctx.banner.error(describeError(error));
                    }
                  },
                },
                t("saved.delete"),
              ),
        ),
      );
    }
  }
  return {
    el,
    load,
    get list() {
      return last;
    },
  };
}
