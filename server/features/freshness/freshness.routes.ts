import {
  FreshnessQuery,
  FreshnessResponse,
  FreshnessSettings,
  ReverifyBody,
  ReverifyResponse,
} from "../../contracts/freshness";
import { defineRoute, type RouteDef } from "../../http/route";
import type { FreshnessService } from "./freshness.service";

export function freshnessRoutes(service: FreshnessService): RouteDef[] {
  const tag = "freshness";
  return [
    defineRoute(
      {
        method: "get",
        path: "/api/freshness/settings",
        tag,
        summary: "How old a fact may be before it is shown as possibly outdated (STALE_AFTER_YEARS)",
        response: FreshnessSettings,
      },
      () => service.settings(),
    ),
    defineRoute(
      {
        method: "get",
        path: "/api/freshness",
        tag,
        auth: "analyst",
        query: FreshnessQuery,
        response: FreshnessResponse,
        summary:
          "Facts by age per source tier and kind, stale ones first; unfinished projects whose planned date has passed",
      },
      ({ query }) => service.report(query),
    ),
    defineRoute(
      {
        method: "post",
        path: "/api/freshness/reverify",
        tag,
        body: ReverifyBody,
        response: ReverifyResponse,
        status: 201,
        errors: [404],
        summary:
          "Record a re-verification (who checked which fact or property against which URL, when): a new claim, never an overwrite",
      },
      ({ body, user }) => service.reverify(body, user?.username),
    ),
  ];
}
