import {
  FacetsResponse,
  GraphQuery,
  GraphViewResponse,
  NeighborsQuery,
  NodeParams,
  NodeResponse,
  PathsQuery,
  PathsResponse,
} from "../../contracts/graph";
import { GRAPH_STREAM_BATCH, type GraphQuery as GraphQueryT } from "../../contracts/graph";
import { NDJSON, acceptsNdjson, ndjsonWriter } from "../../http/ndjson";
import { PreparedJson } from "../../http/prepared";
import { defineRoute, type RouteDef } from "../../http/route";
import type { Request, Response } from "express";
import { cacheKey, responseCache, type CacheOptions } from "../../shared/response-cache";
import type { GraphService } from "./graph.service";

/** Default cache: 5 s bounds how long another process's write can go unseen; this process's writes show at once. */
export const GRAPH_CACHE_DEFAULTS: CacheOptions = { ttlMs: 5_000, maxEntries: 64, maxBytes: 64 * 1024 * 1024 };

/** `Cache-Control: no-cache` on the request (a hard reload, the bench's uncached timing): read anew, then cache. */
const bypassesCache = (req: Request) => /\bno-cache\b/.test(String(req.headers["cache-control"] ?? ""));

/** NDJSON: node batches as soon as they are read (before the links query runs), then link batches, then meta. */
async function streamGraph(service: GraphService, query: GraphQueryT, res: Response): Promise<void> {
  const out = ndjsonWriter(res);
  let sent = false;
  const batches = async (key: "nodes" | "links", items: unknown[]) => {
    for (let i = 0; i < items.length; i += GRAPH_STREAM_BATCH)
      await out.line({ [key]: items.slice(i, i + GRAPH_STREAM_BATCH) });
  };
  try {
    const view = await service.graph(query, async (nodes) => {
      if (sent) return; // a retried read transaction: the first attempt's nodes are already on their way
      sent = true;
      await batches("nodes", nodes);
    });
    if (!sent) await batches("nodes", view.nodes);
    await batches("links", view.links);
    await out.line({ meta: view.meta });
    await out.end();
  } catch (error) {
    if (!out.started) throw error; // nothing sent yet: the usual JSON error
    res.destroy(error as Error); // mid-stream: cut it, so the missing meta line tells the client it is incomplete
  }
}

export function graphRoutes(
  service: GraphService,
  generation: () => number,
  cacheOptions: CacheOptions = GRAPH_CACHE_DEFAULTS,
): RouteDef[] {
  const cache = responseCache<PreparedJson>(generation, cacheOptions);
  return [
    defineRoute(
      {
        method: "get",
        path: "/api/graph",
        tag: "graph",
        summary:
          "Nodes and links of the graph, filtered (ids, chain, kinds, text, provenance, district, relationship types), hubs first",
        query: GraphQuery,
        response: GraphViewResponse,
        produces: ["application/json", NDJSON],
        errors: [404],
      },
      async ({ query, req, res }) => {
        if (query.stream || acceptsNdjson(req)) return streamGraph(service, query, res);
        const compute = async () => PreparedJson.of(await service.graph(query));
        return cache.get(cacheKey(query), compute, bypassesCache(req));
      },
    ),
    defineRoute(
      {
        method: "get",
        path: "/api/graph/facets",
        tag: "graph",
        summary: "Filter values with counts: chains, districts, kinds, relationship types, sources",
        response: FacetsResponse,
      },
      () => service.facets(),
    ),
    defineRoute(
      {
        method: "get",
        path: "/api/nodes/:id",
        tag: "graph",
        summary: "One node with its degree and relationship counts by type",
        params: NodeParams,
        response: NodeResponse,
        errors: [404],
      },
      ({ params }) => service.node(params.id),
    ),
    defineRoute(
      {
        method: "get",
        path: "/api/nodes/:id/neighbors",
        tag: "graph",
        summary:
          "Neighbourhood up to depth 3, filtered by relationship type and neighbour kind, most connected first, paged",
        params: NodeParams,
        query: NeighborsQuery,
        response: GraphViewResponse,
        errors: [404],
      },
      ({ params, query }) => service.neighbors(params.id, query),
    ),
    defineRoute(
      {
        method: "get",
        path: "/api/paths",
        tag: "graph",
        summary:
          "Shortest path (or all shortest paths) between two nodes within maxHops (≤ 6), optionally over given relationship types",
        query: PathsQuery,
        response: PathsResponse,
        errors: [404],
      },
      ({ query }) => service.paths(query),
    ),
  ];
}
