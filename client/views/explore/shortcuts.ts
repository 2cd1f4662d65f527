import { t } from "../../i18n";
import { h } from "../../lib/dom";

export const SHORTCUTS: [keys: string, action: string][] = [
  ["/", "ex.keys.search"],
  ["Ctrl+Z", "ex.undo"],
  ["Ctrl+Shift+Z / Ctrl+Y", "ex.redo"],
  ["E", "ex.keys.expand"],
  ["C", "ex.collapse"],
  ["H / Delete", "ex.hide"],
  ["P", "ex.keys.pin"],
  ["F", "ex.fit"],
  ["+ / -", "ex.keys.zoom"],
  ["L", "ex.keys.layout"],
  ["T", "ex.keys.table"],
  ["Esc", "ex.keys.escape"],
  ["?", "ex.keys.title"],
];

export type ShortcutAction =
  | "search"
  | "undo"
  | "redo"
  | "expand"
  | "collapse"
  | "hide"
  | "pin"
  | "fit"
  | "zoomIn"
  | "zoomOut"
  | "layout"
  | "table"
  | "escape"
  | "help";

/** Key → action, ignoring keys typed into fields. Pure apart from reading the event. */
export function shortcutFor(event: KeyboardEvent): ShortcutAction | null {
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || ["INPUT", "SELECT", "TEXTAREA"].includes(target.tagName)))
    return event.key === "Escape" ? "escape" : null;
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod && key === "z") return event.shiftKey ? "redo" : "undo";
  if (mod && key === "y") return "redo";
  if (mod || event.altKey) return null;
  const map: Record<string, ShortcutAction> = {
    "/": "search",
    e: "expand",
    c: "collapse",
    h: "hide",
    delete: "hide",
    p: "pin",
    f: "fit",
    "+": "zoomIn",
    "=": "zoomIn",
    "-": "zoomOut",
    l: "layout",
    t: "table",
    escape: "escape",
    "?": "help",
  };
  return map[key] ?? null;
}

export function shortcutsDialog(): HTMLDialogElement {
  const dialog = h(
    "dialog",
    { class: "shortcuts", "data-testid": "shortcuts-dialog" },
    h("h2", {}, t("ex.keys.title")),
    h(
      "table",
      {},
      ...SHORTCUTS.map(([keys, action]) => h("tr", {}, h("td", {}, h("kbd", {}, keys)), h("td", {}, t(action)))),
    ),
    h("form", { method: "dialog" }, h("button", {}, t("details.close"))),
  );
  return dialog;
}
