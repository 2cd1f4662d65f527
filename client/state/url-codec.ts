import {
  DEFAULT_STATE,
  ALL_KINDS,
  ALL_RELS,
  ALL_SOURCES,
  ALL_BASES,
  MAX_DEPTH,
  MAX_HOPS,
  MAX_PAGES,
  LAYOUTS,
  type Expansion,
  type Pin,
  type ViewState,
} from "./view-state";

// ViewState <-> URL query. Lists are comma-separated; an expansion is `id[~pages][~TYPE.TYPE]`, a pin
// `id~x~y`. Ids in lists therefore must not contain "," or "~" (the seed's `kind:slug` ids never do).
// Parsing is forgiving: a bad value falls back to its default rather than breaking a shared link.

/** Query keys this codec owns; anything else in the URL (lang, …) is left alone. */
export const STATE_KEYS = [
  "focus",
  "depth",
  "chain",
  "nodes",
  "layout",
  "sel",
  "kinds",
  "rels",
  "src",
  "district",
  "exp",
  "hide",
  "pin",
  "path",
  "hops",
  "all",
  "size",
  "view",
] as const;

const ID = /^[^\s/,~]{1,200}$/;

function list(params: URLSearchParams, key: string): string[] | null {
  const raw = params.get(key);
  if (!raw) return null;
  const items = raw
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length ? [...new Set(items)] : null;
}

function enumList<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[]): T[] | null {
  const items = list(params, key)?.filter((v): v is T => (allowed as readonly string[]).includes(v)) ?? null;
  return items && items.length ? items : null;
}

const ids = (params: URLSearchParams, key: string) => list(params, key)?.filter((id) => ID.test(id)) ?? null;
const id = (params: URLSearchParams, key: string) => {
  const value = params.get(key);
  return value && ID.test(value) ? value : null;
};

function intIn(raw: string | null, min: number, max: number, fallback: number): number {
  const n = Number(raw);
  return raw !== null && Number.isInteger(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

function parseExpansion(item: string): Expansion | null {
  const [nodeId, ...rest] = item.split("~");
  if (!nodeId || !ID.test(nodeId)) return null;
  let pages = 1;
  let types: Expansion["types"] = null;
  for (const part of rest) {
    if (/^\d+$/.test(part)) pages = intIn(part, 1, MAX_PAGES, 1);
    else {
      const valid = part
        .split(".")
        .filter((t): t is (typeof ALL_RELS)[number] => (ALL_RELS as readonly string[]).includes(t));
      types = valid.length ? valid : null;
    }
  }
  return { id: nodeId, types, pages };
}

function parsePin(item: string): Pin | null {
  const [nodeId, x, y] = item.split("~");
  const px = Number(x);
  const py = Number(y);
  return nodeId && ID.test(nodeId) && Number.isFinite(px) && Number.isFinite(py) && x !== "" && y !== ""
    ? { id: nodeId, x: px, y: py }
    : null;
}

export function parseViewState(params: URLSearchParams): ViewState {
  const pathIds = ids(params, "path");
  const exp = (list(params, "exp") ?? []).map(parseExpansion).filter((e): e is Expansion => e !== null);
  return {
    focus: id(params, "focus"),
    depth: intIn(params.get("depth"), 1, MAX_DEPTH, DEFAULT_STATE.depth),
    chain: id(params, "chain"),
    nodes: ids(params, "nodes"),
    layout: LAYOUTS.find((l) => l === params.get("layout")) ?? "force",
    sel: id(params, "sel"),
    kinds: enumList(params, "kinds", ALL_KINDS),
    rels: enumList(params, "rels", ALL_RELS),
    sources: enumList(params, "src", ALL_SOURCES),
    bases: enumList(params, "basis", ALL_BASES),
    districts: list(params, "district"),
    exp: exp.filter((e, i) => exp.findIndex((o) => o.id === e.id) === i),
    hide: ids(params, "hide") ?? [],
    pins: (list(params, "pin") ?? []).map(parsePin).filter((p): p is Pin => p !== null),
    path:
      pathIds && pathIds.length === 2 && pathIds[0] !== pathIds[1]
        ? {
            from: pathIds[0]!,
            to: pathIds[1]!,
            hops: intIn(params.get("hops"), 1, MAX_HOPS, 4),
            all: params.get("all") === "1",
          }
        : null,
    size: params.get("size") === "cap" ? "capabilities" : "degree",
    mode: params.get("view") === "table" ? "table" : "graph",
  };
}

function formatExpansion(e: Expansion): string {
  return [e.id, e.pages > 1 ? String(e.pages) : null, e.types ? e.types.join(".") : null].filter(Boolean).join("~");
}

/** The state as query entries in a fixed order, defaults omitted (short, stable, comparable URLs). */
export function serializeViewState(state: ViewState): [string, string][] {
  const out: [string, string][] = [];
  const put = (key: string, value: string | null | undefined) => {
    if (value) out.push([key, value]);
  };
  put("focus", state.focus);
  // Written whenever it differs from the default (not only with a focus): the URL must parse back to
  // exactly this state, or adopting it would look like a new step.
  if (state.depth !== DEFAULT_STATE.depth) put("depth", String(state.depth));
  put("chain", state.chain);
  put("nodes", state.nodes?.join(","));
  if (state.layout !== "force") put("layout", state.layout);
  put("kinds", state.kinds?.join(","));
  put("rels", state.rels?.join(","));
  put("src", state.sources?.join(","));
  put("basis", state.bases?.join(","));
  put("district", state.districts?.join(","));
  put("exp", state.exp.map(formatExpansion).join(","));
  put("hide", state.hide.join(","));
  put("pin", state.pins.map((p) => `${p.id}~${Math.round(p.x)}~${Math.round(p.y)}`).join(","));
  if (state.path) {
    put("path", `${state.path.from},${state.path.to}`);
    put("hops", String(state.path.hops));
    if (state.path.all) put("all", "1");
  }
  if (state.size === "capabilities") put("size", "cap");
  if (state.mode === "table") put("view", "table");
  put("sel", state.sel);
  return out;
}

/** `base` with its state keys replaced by `state` (other keys such as lang kept). */
export function stateUrl(base: URL, state: ViewState): string {
  const url = new URL(base.href);
  for (const key of STATE_KEYS) url.searchParams.delete(key);
  const rest = [...url.searchParams.entries()];
  const params = new URLSearchParams([...serializeViewState(state), ...rest]);
  const query = params.toString().replace(/%2C/gi, ",").replace(/%3A/gi, ":").replace(/%7E/gi, "~");
  return `${url.pathname}${query ? `?${query}` : ""}${url.hash}`;
}
