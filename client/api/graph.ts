import type { z } from "zod";
import {
  FacetsResponse,
  GraphViewResponse,
  NodeResponse,
  PathsResponse,
  type GraphQuery,
  type NeighborsQuery,
  type PathsQuery,
} from "../../server/contracts/graph";
import { SearchResponse, type SearchQuery } from "../../server/contracts/search";
import { streamGraph } from "./graph-stream";
import { request } from "./http";

// The one client for the graph API, typed from the server's contracts: queries take the parsed (output) shape
// — lists as arrays, which `request` sends comma-separated — with every field optional where the server has
// a default; responses are parsed with the same zod schemas the server validates against in tests.

type Optional<T> = { [K in keyof T]?: T[K] };
export type GraphFilters = Optional<GraphQuery>;
export type NeighborsFilters = Optional<NeighborsQuery>;
export type PathsRequest = Optional<PathsQuery> & Pick<PathsQuery, "from" | "to">;
type Search = z.output<typeof SearchQuery>;

const nodePath = (id: string) => `/api/nodes/${encodeURIComponent(id)}`;

export const graphApi = {
  graph: (filters: GraphFilters = {}, signal?: AbortSignal) =>
    request(GraphViewResponse, "/api/graph", { query: { ...filters }, signal }),
  /** The same view as NDJSON: `onNodes` sees the nodes received so far before the links arrive. */
  graphStream: (filters: GraphFilters, onNodes: (nodes: GraphViewResponse["nodes"]) => void, signal?: AbortSignal) =>
    streamGraph({ ...filters }, onNodes, signal),
  neighbors: (id: string, query: NeighborsFilters = {}, signal?: AbortSignal) =>
    request(GraphViewResponse, `${nodePath(id)}/neighbors`, { query: { ...query }, signal }),
  node: (id: string, signal?: AbortSignal) => request(NodeResponse, nodePath(id), { signal }),
  paths: (query: PathsRequest, signal?: AbortSignal) =>
    request(PathsResponse, "/api/paths", { query: { ...query }, signal }),
  facets: (signal?: AbortSignal) => request(FacetsResponse, "/api/graph/facets", { signal }),
  search: (q: Search["q"], limit: Search["limit"] = 10, signal?: AbortSignal) =>
    request(SearchResponse, "/api/search", { query: { q, limit }, signal }),
};
