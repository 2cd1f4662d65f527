import { t } from "../../i18n";
import { h } from "../../lib/dom";
import * as act from "../../state/view-actions";
import { LAYOUTS, type ViewState } from "../../state/view-state";
import type { VisibleGraph } from "./graph-model";

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

/** What a shortcut does, given the view's commands (explore-view.ts supplies them). */
export interface ShortcutCommands {
  state(): ViewState;
  commit(next: ViewState): void;
  visible(): VisibleGraph | null;
  search(): void;
  undo(): void;
  redo(): void;
  fit(): void;
  zoomBy(factor: number): void;
  open(id: string): void;
  pin(id: string, pinned: boolean): void;
  help(): void;
  isHelpOpen(): boolean;
}

/** The explorer's keydown handler; L cycles the layouts (network → chain → panorama). */
export function shortcutHandler(c: ShortcutCommands): (event: KeyboardEvent) => void {
  return (event) => {
    const action = shortcutFor(event);
    if (!action || c.isHelpOpen()) return;
    const s = c.state();
    const sel = s.sel;
    const visible = c.visible();
    const run: Record<ShortcutAction, () => void> = {
      search: c.search,
      undo: c.undo,
      redo: c.redo,
      fit: c.fit,
      expand: () => sel && c.open(sel),
      collapse: () => sel && visible && c.commit(act.collapse(s, sel, visible)),
      hide: () => sel && c.commit(act.hideNode(s, sel)),
      pin: () =>
        sel &&
        c.pin(
          sel,
          s.pins.some((p) => p.id === sel),
        ),
      zoomIn: () => c.zoomBy(1.4),
      zoomOut: () => c.zoomBy(1 / 1.4),
      layout: () => c.commit(act.setLayout(s, LAYOUTS[(LAYOUTS.indexOf(s.layout) + 1) % LAYOUTS.length]!)),
      table: () => c.commit({ ...s, mode: s.mode === "graph" ? "table" : "graph" }),
      escape: () => (s.path ? c.commit(act.clearPath(s)) : c.commit(act.select(s, null))),
      help: c.help,
    };
    if (action !== "escape") event.preventDefault();
    run[action]();
  };
}
