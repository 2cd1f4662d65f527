import { SearchQuery, SearchResponse } from "../../contracts/search";
import { defineRoute, type RouteDef } from "../../http/route";
import type { SearchService } from "./search.service";

export function searchRoutes(service: SearchService): RouteDef[] {
  return [
    defineRoute(
      {
        method: "get",
        path: "/api/search",
        tag: "search",
        summary: "Find organisations, technologies, chains, projects by Chinese or English name or alias",
        query: SearchQuery,
        response: SearchResponse,
      },
      async ({ query }) => ({ hits: await service.search(query) }),
    ),
  ];
}
