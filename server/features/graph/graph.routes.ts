import { GraphQuery, GraphResponse, NeighborsQuery, NodeParams, NodeResponse } from "../../contracts/graph";
import { defineRoute, type RouteDef } from "../../http/route";
import type { GraphService } from "./graph.service";

export function graphRoutes(service: GraphService): RouteDef[] {
  return [
    defineRoute(
      { method: "get", path: "/api/graph", tag: "graph", summary: "Nodes and links of the graph, filtered (chain, kinds, text, provenance), hubs first", query: GraphQuery, response: GraphResponse, errors: [404] },
      ({ query }) => service.graph(query),
    ),
    defineRoute(
      { method: "get", path: "/api/nodes/:id", tag: "graph", summary: "One node with its degree and relationship counts by type", params: NodeParams, response: NodeResponse, errors: [404] },
      ({ params }) => service.node(params.id),
    ),
    defineRoute(
      {
        method: "get", path: "/api/nodes/:id/neighbors", tag: "graph",
        summary: "Neighbourhood up to depth 3, filtered by relationship type, most connected first, paged",
        params: NodeParams, query: NeighborsQuery, response: GraphResponse, errors: [404],
      },
      ({ params, query }) => service.neighbors(params.id, query),
    ),
  ];
}
