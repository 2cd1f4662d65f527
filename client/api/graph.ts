import { GraphResponse } from "../../server/contracts/common";
import { NodeResponse } from "../../server/contracts/graph";
import { SearchResponse } from "../../server/contracts/search";
import { request } from "./http";

export interface GraphFilters {
  chain?: string;
  kinds?: string[];
  q?: string;
  source?: string[];
  limit?: number;
}

export const graphApi = {
  graph: (filters: GraphFilters = {}, signal?: AbortSignal) =>
    request(GraphResponse, "/api/graph", { query: { ...filters }, signal }),
  node: (id: string) => request(NodeResponse, `/api/nodes/${encodeURIComponent(id)}`),
  neighbors: (id: string, query: { depth?: number; types?: string[]; limit?: number; skip?: number } = {}) =>
    request(GraphResponse, `/api/nodes/${encodeURIComponent(id)}/neighbors`, { query }),
  search: (q: string, limit = 10, signal?: AbortSignal) => request(SearchResponse, "/api/search", { query: { q, limit }, signal }),
};
