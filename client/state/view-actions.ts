import type { RelType } from "../../server/contracts/model";
import { DEFAULT_STATE, MAX_PAGES, type Layout, type PathRequest, type ViewState } from "./view-state";

// Pure state transitions for everything a planner can do in the explorer (unit-tested; the view only
// dispatches them and renders the result).

export interface VisibleGraph {
  nodes: { id: string }[];
  links: { source: string; target: string }[];
}

/** Centre the view on a node's ego network: a new exploration, so expansions, hidden nodes and paths reset. */
export function focusOn(state: ViewState, id: string, depth = state.depth): ViewState {
  return { ...state, focus: id, depth, nodes: null, sel: id, exp: [], hide: [], path: null };
}

/** Back to the overview (or the chain, when one is chosen), keeping the filters. */
export function clearScope(state: ViewState): ViewState {
  return { ...state, focus: null, nodes: null, exp: [], hide: [], path: null, sel: null };
}

export function expand(state: ViewState, id: string, types: RelType[] | null = null): ViewState {
  const existing = state.exp.find((e) => e.id === id);
  const sameTypes = existing && JSON.stringify(existing.types) === JSON.stringify(types);
  const exp = existing
    ? state.exp.map((e) => (e.id === id ? { id, types, pages: sameTypes ? e.pages : 1 } : e))
    : [...state.exp, { id, types, pages: 1 }];
  return { ...state, exp, hide: state.hide.filter((h) => h !== id) };
}

/** "Show more": one more page of the node's neighbours (most connected first). */
export function showMore(state: ViewState, id: string): ViewState {
  if (!state.exp.some((e) => e.id === id)) return expand(state, id);
  return { ...state, exp: state.exp.map((e) => (e.id === id ? { ...e, pages: Math.min(MAX_PAGES, e.pages + 1) } : e)) };
}

/**
 * Collapse a node: drop its expansion if it has one; otherwise hide the neighbours that hang only on it
 * (leaves in the visible graph), so collapsing a hub of the initial view also tidies it.
 */
export function collapse(state: ViewState, id: string, visible: VisibleGraph): ViewState {
  if (state.exp.some((e) => e.id === id)) return { ...state, exp: state.exp.filter((e) => e.id !== id) };
  const degree = new Map<string, number>();
  const neighbours = new Set<string>();
  for (const link of visible.links) {
    if (link.source === link.target) continue;
    degree.set(link.source, (degree.get(link.source) ?? 0) + 1);
    degree.set(link.target, (degree.get(link.target) ?? 0) + 1);
    if (link.source === id) neighbours.add(link.target);
    if (link.target === id) neighbours.add(link.source);
  }
  const keep = new Set([state.focus, ...(state.path ? [state.path.from, state.path.to] : [])]);
  const leaves = [...neighbours].filter((n) => degree.get(n) === 1 && !keep.has(n));
  if (leaves.length === 0) return state;
  return {
    ...state,
    hide: [...new Set([...state.hide, ...leaves])],
    sel: leaves.includes(state.sel ?? "") ? id : state.sel,
  };
}

export function hideNode(state: ViewState, id: string): ViewState {
  if (id === state.focus) return state;
  return {
    ...state,
    hide: state.hide.includes(id) ? state.hide : [...state.hide, id],
    exp: state.exp.filter((e) => e.id !== id),
    pins: state.pins.filter((p) => p.id !== id),
    sel: state.sel === id ? null : state.sel,
  };
}

export function showHidden(state: ViewState): ViewState {
  return { ...state, hide: [] };
}

export function pin(state: ViewState, id: string, x: number, y: number): ViewState {
  return { ...state, pins: [...state.pins.filter((p) => p.id !== id), { id, x: Math.round(x), y: Math.round(y) }] };
}

export function unpin(state: ViewState, id: string): ViewState {
  return { ...state, pins: state.pins.filter((p) => p.id !== id) };
}

export function select(state: ViewState, id: string | null): ViewState {
  return { ...state, sel: id };
}

/** Switch layout; pins are positions of the force layout, the chain layout places every node itself. */
export function setLayout(state: ViewState, layout: Layout): ViewState {
  return { ...state, layout };
}

export function findPath(state: ViewState, path: PathRequest): ViewState {
  return { ...state, path };
}

export function clearPath(state: ViewState): ViewState {
  return { ...state, path: null };
}

type FilterKey = "kinds" | "rels" | "sources" | "bases" | "districts";

/** Toggle one value of a list filter where null means "all of `universe`". */
export function toggleFilter<K extends FilterKey>(
  state: ViewState,
  key: K,
  value: string,
  universe: readonly string[],
): ViewState {
  const current = (state[key] as string[] | null) ?? [...universe];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const ordered = universe.filter((v) => next.includes(v));
  return { ...state, [key]: ordered.length === universe.length ? null : ordered };
}

export function setFilter<K extends FilterKey>(state: ViewState, key: K, values: ViewState[K]): ViewState {
  return { ...state, [key]: values && (values as string[]).length ? values : null };
}

export function resetFilters(state: ViewState): ViewState {
  return { ...state, kinds: null, rels: null, sources: null, bases: null, districts: null, chain: null };
}

export function resetAll(): ViewState {
  return { ...DEFAULT_STATE };
}

/** Toggle a value of an "only these" filter where null means no filter (districts): none → [value] → none. */
export function toggleChoice(state: ViewState, key: "districts", value: string): ViewState {
  const current = state[key] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, [key]: next.length ? next : null };
}
