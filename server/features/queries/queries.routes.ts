import { z } from "zod";
import {
  CypherBody,
  QueryDetail,
  QueryIdParams,
  QueryListResponse,
  RunBody,
  RunResponse,
  SchemaResponse,
  SuggestQuery,
  SuggestResponse,
} from "../../contracts/queries";
import {
  DeletedQueries,
  DeleteResponse,
  SaveQueryBody,
  VersionDetail,
  VersionList,
  VersionParams,
} from "../../contracts/saved-queries";
import { defineRoute, type RouteDef } from "../../http/route";
import type { QueriesService } from "./queries.service";
import type { SavedQueriesService } from "./saved-queries.service";

const RUN_ERRORS = [403, 404, 408, 422, 429];

/** Who the limiter counts a run against: the signed-in user, else the client address. */
const callerOf = (user: { username: string } | null, ip: string | undefined) =>
  user ? `user:${user.username}` : `ip:${ip ?? "?"}`;

export function queriesRoutes(queries: QueriesService, saved: SavedQueriesService): RouteDef[] {
  return [
    defineRoute(
      {
        method: "get",
        path: "/api/queries",
        tag: "queries",
        summary: "The query library: shipped queries and analysts' saved queries",
        response: QueryListResponse,
      },
      async () => ({ queries: await queries.list() }),
    ),
    defineRoute(
      {
        method: "get",
        path: "/api/queries/suggest",
        tag: "queries",
        summary:
          "Suggestions for a parameter picker (organisations, technologies, chains, segments of a chain, problems, policies)",
        query: SuggestQuery,
        response: SuggestResponse,
      },
      async ({ query }) => ({ items: await queries.suggest(query) }),
    ),
    defineRoute(
      {
        method: "get",
        path: "/api/queries/schema",
        tag: "queries",
        summary: "Labels, relationship types and property keys (editor autocomplete)",
        response: SchemaResponse,
      },
      () => queries.schema(),
    ),
    defineRoute(
      {
        method: "get",
        path: "/api/queries/deleted",
        tag: "queries",
        auth: "admin",
        summary: "Deleted analyst queries, each with every version kept (admin)",
        response: DeletedQueries,
      },
      () => saved.deleted(),
    ),
    defineRoute(
      {
        method: "post",
        path: "/api/queries/:id/undelete",
        tag: "queries",
        auth: "admin",
        summary: "Bring a deleted analyst query back with its whole history (admin)",
        params: QueryIdParams,
        response: QueryDetail,
        errors: [404],
      },
      ({ params, user }) => saved.undelete(params.id, user),
    ),
    defineRoute(
      {
        method: "post",
        path: "/api/cypher",
        tag: "queries",
        auth: "analyst",
        readOnly: true,
        summary: "Run an analyst's Cypher read-only (guard, EXPLAIN must be 'r', READ transaction, timeout, row cap)",
        body: CypherBody,
        response: RunResponse,
        errors: RUN_ERRORS,
      },
      ({ body, user, req }) => queries.runCypher(body.query, body.params, body, callerOf(user, req.ip)),
    ),
    defineRoute(
      {
        method: "get",
        path: "/api/queries/:id",
        tag: "queries",
        summary: "One query with its Cypher text (saved queries: the current version)",
        params: QueryIdParams,
        response: QueryDetail,
        errors: [404],
      },
      ({ params }) => queries.find(params.id),
    ),
    defineRoute(
      {
        method: "post",
        path: "/api/queries/:id/run",
        tag: "queries",
        readOnly: true,
        summary: "Run a library query with typed parameters (read-only, timeout, row cap)",
        params: QueryIdParams,
        body: RunBody,
        response: RunResponse,
        errors: RUN_ERRORS,
      },
      ({ params, body, user, req }) => queries.run(params.id, body.params, body, callerOf(user, req.ip)),
    ),
    defineRoute(
      {
        method: "post",
        path: "/api/queries",
        tag: "queries",
        summary: "Save a new analyst query (version 1)",
        body: SaveQueryBody,
        response: QueryDetail,
        status: 201,
        errors: [403],
      },
      ({ body, user }) => saved.create(body, user),
    ),
    defineRoute(
      {
        method: "put",
        path: "/api/queries/:id",
        tag: "queries",
        summary: "Save a new version of an analyst query (its owner or an admin; else 403)",
        params: QueryIdParams,
        body: SaveQueryBody,
        response: QueryDetail,
        errors: [403, 404],
      },
      ({ params, body, user }) => saved.save(params.id, body, user),
    ),
    defineRoute(
      {
        method: "delete",
        path: "/api/queries/:id",
        tag: "queries",
        summary:
          "Delete an analyst query (its owner or an admin; else 403): hidden with its whole history, restorable by an admin",
        params: QueryIdParams,
        response: DeleteResponse,
        errors: [403, 404],
      },
      ({ params, user }) => saved.delete(params.id, user),
    ),
    defineRoute(
      {
        method: "get",
        path: "/api/queries/:id/versions",
        tag: "queries",
        summary: "An analyst query's versions, newest first",
        params: QueryIdParams,
        response: VersionList,
        errors: [404],
      },
      ({ params }) => saved.versions(params.id),
    ),
    defineRoute(
      {
        method: "get",
        path: "/api/queries/:id/versions/:n",
        tag: "queries",
        summary: "One version of an analyst query",
        params: VersionParams,
        response: VersionDetail,
        errors: [404],
      },
      ({ params }) => saved.version(params.id, params.n),
    ),
    defineRoute(
      {
        method: "post",
        path: "/api/queries/:id/versions/:n/restore",
        tag: "queries",
        summary: "Restore an old version (saved as a new version; its owner or an admin)",
        params: VersionParams,
        body: z.object({}).strict().optional(),
        response: QueryDetail,
        errors: [403, 404],
      },
      ({ params, user }) => saved.restore(params.id, params.n, user),
    ),
  ];
}
