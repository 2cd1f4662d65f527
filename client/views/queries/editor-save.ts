import type { QueryDetail } from "../../../server/contracts/queries";
import type { SaveQueryBody } from "../../../server/contracts/saved-queries";
import { queriesApi } from "../../api/queries";
import { canChangeOwned } from "../../app/permission";
import type { ViewContext } from "../../app/view-types";
import { t } from "../../i18n";
import { h } from "../../lib/dom";
import { runErrorMessage } from "./text";

/** The save box: title, description, default view, note; save (new version), save as new, delete. */
export function createSaveBox(
  ctx: ViewContext,
  hooks: {
    body: () => Pick<SaveQueryBody, "text" | "params">;
    onSaved: (query: QueryDetail) => void;
    onDeleted: () => void;
  },
) {
  const title = h("input", { type: "text", "data-testid": "save-title", maxlength: 200 });
  const description = h("textarea", { rows: 2, maxlength: 2000 });
  const view = h(
    "select",
    {},
    ...["table", "graph", "bar"].map((v) => h("option", { value: v }, t(`queries.view.${v}`))),
  );
  const barX = h("input", { type: "text", placeholder: t("editor.barX") });
  const barY = h("input", { type: "text", placeholder: t("editor.barY") });
  const note = h("input", { type: "text", "data-testid": "save-note", maxlength: 500 });
  const message = h("p", { class: "muted", role: "status", "data-testid": "save-status" });
  const ownerNote = h("p", { class: "muted", "data-testid": "owner-note", hidden: true });
  let id: string | null = null;

  function body(): SaveQueryBody {
    const bar = view.value === "bar" ? { x: barX.value.trim(), y: barY.value.trim() } : undefined;
    return {
      ...hooks.body(),
      title: title.value.trim() || t("editor.untitled"),
      description: description.value.trim(),
      view: view.value as SaveQueryBody["view"],
      ...(bar ? { bar } : {}),
      note: note.value.trim(),
    };
  }

  async function save(asNew: boolean) {
    try {
      const saved = id && !asNew ? await queriesApi.save(id, body()) : await queriesApi.create(body());
      note.value = "";
      id = saved.id; // later saves add versions to this query
      remove.hidden = false;
      saveNew.hidden = false;
      message.textContent = t("editor.saved", { n: saved.version ?? 1 });
      hooks.onSaved(saved);
    } catch (error) {
      message.textContent = runErrorMessage(error);
    }
  }

  const saveButton = h(
    "button",
    { class: "primary", "data-testid": "save", onclick: () => void save(false) },
    t("editor.save"),
  );
  const saveNew = h("button", { "data-testid": "save-new", onclick: () => void save(true) }, t("editor.saveNew"));
  const remove = h(
    "button",
    {
      "data-testid": "delete",
      onclick: async () => {
        if (!id || !confirm(t("editor.confirmDelete", { title: title.value }))) return;
        await queriesApi.remove(id);
        ctx.banner.info(t("editor.deleted"));
        hooks.onDeleted();
      },
    },
    t("editor.delete"),
  );

  const el = h(
    "div",
    { class: "side-box" },
    h("label", {}, t("editor.titleField"), title),
    h("label", {}, t("editor.description"), description),
    h("label", {}, t("editor.view"), view),
    h("div", { class: "pair" }, barX, barY),
    h("label", {}, t("editor.note"), note),
    ownerNote,
    h("div", { class: "run-actions" }, saveButton, saveNew, remove),
    message,
  );

  return {
    el,
    /** Fill from a loaded query; `saved` = it is an analyst query (save adds a version, delete allowed). */
    load(query: QueryDetail | null, saved: boolean) {
      // Someone else's query: saving makes the user's own copy (only its owner or an admin may change it).
      const mine = saved && query !== null && canChangeOwned(query.owner);
      ownerNote.hidden = !(saved && query && !mine);
      ownerNote.textContent = query?.owner ? t("editor.notOwner", { user: query.owner }) : t("editor.noOwner");
      id = mine ? query.id : null;
      saved = mine;
      title.value = query ? (saved ? query.title.zh : `${query.title.zh}（副本）`) : "";
      description.value = query && saved && query.description.zh !== "—" ? query.description.zh : "";
      view.value = query?.view ?? "table";
      barX.value = query?.bar?.x ?? "";
      barY.value = query?.bar?.y ?? "";
      remove.hidden = !id;
      saveNew.hidden = !id;
      message.textContent = "";
    },
  };
}
