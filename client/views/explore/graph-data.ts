import type { GraphViewResponse, PathsResponse } from "../../../server/contracts/graph";
import { ApiError } from "../../api/http";
import { PAGE_SIZE, type ViewState } from "../../state/view-state";
import { graphApi, type GraphFilters } from "../../api/graph";
import type { Fetched } from "./graph-model";

/** Limits of what one view asks for: the overview keeps the hubs, an ego network the most connected. */
export const OVERVIEW_LIMIT = 500;
export const FOCUS_LIMIT = 300;
export const CHAIN_LIMIT = 2000;
export const NODES_LIMIT = 5000;

/** Called with the nodes received so far while a large view streams in. */
export type PartialNodes = (nodes: GraphViewResponse["nodes"]) => void;

/** Something the URL named that does not exist: the view says so instead of going blank. */
export interface Missing {
  what: "focus" | "chain" | "nodes" | "expansion" | "path" | "selection";
  ids: string[];
}

export interface LoadResult {
  fetched: Fetched;
  missing: Missing[];
  /** The base could not be built at all (unknown focus/chain, or no requested node exists). */
  fatal: Missing | null;
}

const isNotFound = (e: unknown) => e instanceof ApiError && e.status === 404;
const EMPTY: GraphViewResponse = { nodes: [], links: [], meta: { truncated: false, total: 0 } };

/**
 * Fetches the pieces of a view, each cached by its request so undo/redo, back/forward and a filter
 * toggled back are instant. Failed requests are not cached (a retry asks again).
 */
export function createGraphData() {
  const cache = new Map<string, Promise<unknown>>();
  const cached = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    const hit = cache.get(key);
    if (hit) return hit as Promise<T>;
    const promise = load();
    cache.set(key, promise);
    promise.catch(() => cache.delete(key));
    if (cache.size > 200) cache.delete(cache.keys().next().value!);
    return promise;
  };
  const serverFilters = (s: ViewState) => ({
    kinds: s.kinds ?? undefined,
    source: s.sources ?? undefined,
    district: s.districts ?? undefined,
    types: s.rels ?? undefined,
  });

  // Large views (a chain's, a saved selection's) come as a stream, so their first nodes draw early.
  const large = (q: GraphFilters, onNodes?: PartialNodes) =>
    onNodes ? graphApi.graphStream(q, onNodes) : graphApi.graph(q);

  function base(s: ViewState, onNodes?: PartialNodes): Promise<GraphViewResponse> {
    if (s.nodes)
      return cached(`nodes:${s.nodes.join(",")}`, () => large({ ids: s.nodes!, limit: NODES_LIMIT }, onNodes));
    if (s.focus) {
      const q = { depth: s.depth, types: s.rels ?? undefined, limit: FOCUS_LIMIT };
      return cached(`focus:${s.focus}:${JSON.stringify(q)}`, () => graphApi.neighbors(s.focus!, q));
    }
    const q = { ...serverFilters(s), chain: s.chain ?? undefined, limit: s.chain ? CHAIN_LIMIT : OVERVIEW_LIMIT };
    return cached(`graph:${JSON.stringify(q)}`, () => (s.chain ? large(q, onNodes) : graphApi.graph(q)));
  }

  return {
    /** The view's pieces; `onNodes` sees a large base's nodes as they arrive (a first picture, no links yet). */
    async load(s: ViewState, onNodes?: PartialNodes): Promise<LoadResult> {
      const missing: Missing[] = [];
      let baseGraph: GraphViewResponse;
      try {
        baseGraph = await base(s, onNodes);
      } catch (e) {
        if (!isNotFound(e)) throw e;
        const fatal: Missing = s.nodes
          ? { what: "nodes", ids: s.nodes }
          : s.focus
            ? { what: "focus", ids: [s.focus] }
            : { what: "chain", ids: [s.chain ?? ""] };
        return { fetched: { base: EMPTY, expansions: [], path: null, chainScope: null }, missing: [fatal], fatal };
      }
      const absent = baseGraph.meta?.missing ?? [];
      if (s.nodes && absent.length) missing.push({ what: "nodes", ids: absent });
      const fatal = s.nodes && absent.length === s.nodes.length ? { what: "nodes" as const, ids: absent } : null;

      const expansions = await Promise.all(
        s.exp.map(async (e) => {
          const q = { types: e.types ?? undefined, limit: e.pages * PAGE_SIZE };
          try {
            return await cached(`exp:${e.id}:${JSON.stringify(q)}`, () => graphApi.neighbors(e.id, q));
          } catch (error) {
            if (!isNotFound(error)) throw error;
            missing.push({ what: "expansion", ids: [e.id] });
            return EMPTY;
          }
        }),
      );

      let path: PathsResponse | null = null;
      if (s.path) {
        const q = {
          from: s.path.from,
          to: s.path.to,
          maxHops: s.path.hops,
          all: s.path.all,
          types: s.rels ?? undefined,
        };
        try {
          path = await cached(`path:${JSON.stringify(q)}`, () => graphApi.paths(q));
        } catch (error) {
          if (!isNotFound(error)) throw error;
          missing.push({ what: "path", ids: [s.path.from, s.path.to] });
        }
      }

      // A chain chosen while focusing or expanding narrows to the chain's picture.
      let chainScope: Set<string> | null = null;
      if (s.chain && (s.focus || s.nodes)) {
        try {
          const scope = await cached(`graph:${JSON.stringify({ chain: s.chain, limit: CHAIN_LIMIT })}`, () =>
            graphApi.graph({ chain: s.chain!, limit: CHAIN_LIMIT }),
          );
          chainScope = new Set(scope.nodes.map((n) => n.id));
        } catch (error) {
          if (!isNotFound(error)) throw error;
          missing.push({ what: "chain", ids: [s.chain] });
        }
      }
      return { fetched: { base: baseGraph, expansions, path, chainScope }, missing, fatal };
    },

    /**
     * The view's pieces with every property and the whole provenance (detail=full), for the CSV export: the
     * canvas draws from lean payloads (the base, the focus and every expansion). Paths already come in full.
     * One promise per piece, so a piece that fails leaves the others.
     */
    fullPieces(s: ViewState): Promise<GraphViewResponse>[] {
      const expansions = s.exp.map((e) => {
        const q = { types: e.types ?? undefined, limit: e.pages * PAGE_SIZE, detail: "full" as const };
        return cached(`full:exp:${e.id}:${JSON.stringify(q)}`, () => graphApi.neighbors(e.id, q));
      });
      if (s.focus) {
        const q = { depth: s.depth, types: s.rels ?? undefined, limit: FOCUS_LIMIT, detail: "full" as const };
        const focus = s.focus;
        return [cached(`full:focus:${focus}:${JSON.stringify(q)}`, () => graphApi.neighbors(focus, q)), ...expansions];
      }
      if (s.nodes) {
        const ids = s.nodes;
        const q = { ids, limit: NODES_LIMIT, detail: "full" as const };
        return [cached(`full:nodes:${ids.join(",")}`, () => graphApi.graph(q)), ...expansions];
      }
      const q = { ...serverFilters(s), chain: s.chain ?? undefined, limit: s.chain ? CHAIN_LIMIT : OVERVIEW_LIMIT };
      return [cached(`full:graph:${JSON.stringify(q)}`, () => graphApi.graph({ ...q, detail: "full" })), ...expansions];
    },

    /**
     * Full links (properties, quote, URL, claims) among a node and the given neighbours (at most 500 ids), for
     * the details panel's relations list.
     */
    linksAround: (id: string, others: string[]) => {
      const ids = [id, ...others.filter((o) => o !== id).sort()].slice(0, 500);
      return cached(`around:${ids.join(",")}`, () => graphApi.graph({ ids, limit: 500, detail: "full" }));
    },

    /** Details of one node (relationship counts by type), cached. */
    node: (id: string) => cached(`node:${id}`, () => graphApi.node(id)),
    facets: () => cached("facets", () => graphApi.facets()),
    clear: () => cache.clear(),
  };
}

export type GraphData = ReturnType<typeof createGraphData>;
