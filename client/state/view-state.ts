import {
  BASES,
  NODE_KINDS,
  REL_TYPES,
  SOURCES,
  type Basis,
  type NodeKind,
  type RelType,
  type Source,
} from "../../server/contracts/model";

// The whole explorer view as plain data. It round-trips through the URL (url-codec.ts), so a reload,
// a shared link and back/forward all restore it, and undo/redo is a list of these.

export type Layout = "force" | "chain" | "panorama";
export const LAYOUTS: readonly Layout[] = ["force", "chain", "panorama"];
export type SizeBy = "degree" | "capabilities";
export type Mode = "graph" | "table";

/** A node whose neighbours were added: which relationship types (null = all) and how many pages of PAGE_SIZE. */
export interface Expansion {
  id: string;
  types: RelType[] | null;
  pages: number;
}

export interface Pin {
  id: string;
  x: number;
  y: number;
}

export interface PathRequest {
  from: string;
  to: string;
  hops: number;
  all: boolean;
}

export interface ViewState {
  /** Ego network centre (with `depth`). */
  focus: string | null;
  depth: number;
  /** Chain: the overview's scope, a filter in other modes, the lanes of the chain layout. */
  chain: string | null;
  /** Exactly these nodes (and the links among them). */
  nodes: string[] | null;
  layout: Layout;
  sel: string | null;
  kinds: NodeKind[] | null;
  rels: RelType[] | null;
  sources: Source[] | null;
  /** How sure the facts shown are: stated, inferred, editorial (null = all). */
  bases: Basis[] | null;
  districts: string[] | null;
  exp: Expansion[];
  hide: string[];
  pins: Pin[];
  path: PathRequest | null;
  size: SizeBy;
  mode: Mode;
}

/** Neighbours per expansion page ("show more" adds one page) — the supernode threshold. */
export const PAGE_SIZE = 25;
export const MAX_PAGES = 40;
export const MAX_DEPTH = 3;
export const MAX_HOPS = 6;

export const DEFAULT_STATE: ViewState = Object.freeze({
  focus: null,
  depth: 1,
  chain: null,
  nodes: null,
  layout: "force",
  sel: null,
  kinds: null,
  rels: null,
  sources: null,
  bases: null,
  districts: null,
  exp: [],
  hide: [],
  pins: [],
  path: null,
  size: "degree",
  mode: "graph",
}) as ViewState;

export const ALL_KINDS: readonly NodeKind[] = NODE_KINDS;
export const ALL_RELS: readonly RelType[] = REL_TYPES;
export const ALL_SOURCES: readonly Source[] = SOURCES;
export const ALL_BASES: readonly Basis[] = BASES;

/** Structural equality of two states (they are plain JSON data). */
export function sameState(a: ViewState, b: ViewState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const SMALL_KEYS: readonly (keyof ViewState)[] = ["sel", "pins", "mode", "size"];

/**
 * A change worth a history entry (pushState, undo step) versus a small one (replaceState): selecting,
 * pinning, switching to the table or resizing nodes does not change what the view shows.
 */
export function isMeaningfulChange(before: ViewState, after: ViewState): boolean {
  const strip = (s: ViewState) => JSON.stringify({ ...s, ...Object.fromEntries(SMALL_KEYS.map((k) => [k, null])) });
  return strip(before) !== strip(after);
}
