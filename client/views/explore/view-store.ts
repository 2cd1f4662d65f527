import { loadHistory, saveHistory } from "../../state/history-storage";
import { parseViewState, stateUrl } from "../../state/url-codec";
import { UndoHistory } from "../../state/undo-history";
import { isMeaningfulChange, sameState, type ViewState } from "../../state/view-state";

// The explorer's state: one ViewState, mirrored in the URL (pushState for meaningful steps, replaceState
// for small ones) and in an undo/redo history. The history lives at module level so it survives the
// remount that a language switch causes, and in sessionStorage so it survives a reload.

let sessionHistory: UndoHistory<ViewState> | null = null;

export interface ViewStore {
  readonly state: ViewState;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Apply a user action; meaningful changes become an undo step and a browser history entry. */
  commit(next: ViewState): void;
  undo(): void;
  redo(): void;
  /** The URL changed under us (back/forward, a link): adopt it. Returns false when nothing changed. */
  adopt(url: URL): boolean;
}

const replaceUrl = (url: string) => window.history.replaceState(window.history.state, "", url);

export function createViewStore(
  navigate: (url: string, options?: { replace?: boolean }) => void,
  onChange: (state: ViewState) => void,
): ViewStore {
  const fromUrl = parseViewState(new URL(location.href).searchParams);
  if (!sessionHistory || !sameState(sessionHistory.current, fromUrl))
    sessionHistory = loadHistory(sessionStorage, fromUrl) ?? new UndoHistory(fromUrl);
  const history = sessionHistory;
  const save = () => saveHistory(sessionStorage, history);
  save();
  // Normalise the address (drop invalid values) without adding an entry — directly, not through the
  // shell's navigate, which would re-route while the view is still mounting.
  replaceUrl(stateUrl(new URL(location.href), history.current));

  const go = (state: ViewState, replace: boolean) => {
    save();
    onChange(state);
    navigate(stateUrl(new URL(location.href), state), { replace });
  };

  return {
    get state() {
      return history.current;
    },
    get canUndo() {
      return history.canUndo;
    },
    get canRedo() {
      return history.canRedo;
    },
    commit(next) {
      const before = history.current;
      if (sameState(before, next)) return;
      const meaningful = isMeaningfulChange(before, next);
      if (meaningful) history.push(next);
      else history.replace(next);
      go(next, !meaningful);
    },
    undo() {
      const state = history.undo();
      if (state) go(state, false);
    },
    redo() {
      const state = history.redo();
      if (state) go(state, false);
    },
    adopt(url) {
      const state = parseViewState(url.searchParams);
      if (sameState(state, history.current)) return false;
      if (isMeaningfulChange(history.current, state)) history.push(state);
      else history.replace(state);
      save();
      onChange(state);
      return true;
    },
  };
}
