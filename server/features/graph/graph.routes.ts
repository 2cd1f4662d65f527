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
import { defineRoute, type RouteDef } from "../../http/route";
import type { GraphService } from "./graph.service";

export function graphRoutes(service: GraphService): RouteDef[] {
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
        errors: [404],
      },
      ({ query }) => service.graph(query),
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
