import { NodeResponse, FacetsResponse, GraphViewResponse, PathsResponse } from "../../../server/contracts/graph";
import { SearchResponse } from "../../../server/contracts/search";
import { request } from "../../api/http";

/** The explorer's typed calls (parsed with the shared contracts). */
export const exploreApi = {
  graph: (query: { ids?: string[]; chain?: string; kinds?: string[]; source?: string[]; district?: string[]; types?: string[]; limit?: number }, signal?: AbortSignal) =>
    request(GraphViewResponse, "/api/graph", { query, signal }),
  neighbors: (id: string, query: { depth?: number; types?: string[]; kinds?: string[]; limit?: number; skip?: number }, signal?: AbortSignal) =>
    request(GraphViewResponse, `/api/nodes/${encodeURIComponent(id)}/neighbors`, { query, signal }),
  node: (id: string, signal?: AbortSignal) => request(NodeResponse, `/api/nodes/${encodeURIComponent(id)}`, { signal }),
  paths: (query: { from: string; to: string; maxHops: number; all: boolean; types?: string[] }, signal?: AbortSignal) =>
    request(PathsResponse, "/api/paths", { query, signal }),
  facets: (signal?: AbortSignal) => request(FacetsResponse, "/api/graph/facets", { signal }),
  search: (q: string, signal?: AbortSignal) => request(SearchResponse, "/api/search", { query: { q, limit: 8 }, signal }),
};
