import { parseViewState, serializeViewState } from "./url-codec";
import { UndoHistory, type HistorySnapshot } from "./undo-history";
import { sameState, type ViewState } from "./view-state";

// The explorer's undo/redo steps kept in the tab's sessionStorage, so a reload (or a page opened from the
// browser's history) still undoes what the planner did. States are stored in their URL form and parsed back
// with the URL's own validation; a history is reused only when its present is the view being opened.

const KEY = "chainatlas.explore.history";

const encode = (state: ViewState) => new URLSearchParams(serializeViewState(state)).toString();
const decode = (text: unknown) => parseViewState(new URLSearchParams(typeof text === "string" ? text : ""));

export function saveHistory(storage: Pick<Storage, "setItem">, history: UndoHistory<ViewState>): void {
  const { past, present, future } = history.snapshot();
  try {
    storage.setItem(
      KEY,
      JSON.stringify({ past: past.map(encode), present: encode(present), future: future.map(encode) }),
    );
  } catch {
    // Storage full or disabled: undo still works until the next reload.
  }
}

export function loadHistory(storage: Pick<Storage, "getItem">, current: ViewState): UndoHistory<ViewState> | null {
  try {
    const raw = JSON.parse(storage.getItem(KEY) ?? "null") as Record<keyof HistorySnapshot<string>, unknown> | null;
    if (!raw || !Array.isArray(raw.past) || !Array.isArray(raw.future)) return null;
    const present = decode(raw.present);
    if (!sameState(present, current)) return null;
    return UndoHistory.restore({ past: raw.past.map(decode), present, future: raw.future.map(decode) });
  } catch {
    return null;
  }
}
