import {
  ConsortiumCreate,
  ConsortiumList,
  ConsortiumListQuery,
  ConsortiumParams,
  ConsortiumPatch,
  SavedConsortium,
} from "../../contracts/consortia";
import { Deleted } from "../../contracts/problems";
import { defineRoute, type RouteDef } from "../../http/route";
import type { ConsortiaService } from "./consortia.service";

export function consortiaRoutes(service: ConsortiaService): RouteDef[] {
  const tag = "consortia";
  return [
    defineRoute(
      {
        method: "get",
        path: "/api/consortia",
        tag,
        summary: "Saved consortia, by problem, member organisation or status",
        query: ConsortiumListQuery,
        response: ConsortiumList,
      },
      ({ query }) => service.list(query),
    ),
    defineRoute(
      {
        method: "post",
        path: "/api/consortia",
        tag,
        summary: "Save a consortium (status proposed/formed, members with roles) addressing a problem",
        body: ConsortiumCreate,
        response: SavedConsortium,
        status: 201,
      },
      ({ body, user }) => service.create(body, user?.username),
    ),
    defineRoute(
      {
        method: "get",
        path: "/api/consortia/:id",
        tag,
        summary: "One saved consortium",
        params: ConsortiumParams,
        response: SavedConsortium,
        errors: [404],
      },
      ({ params }) => service.get(params.id),
    ),
    defineRoute(
      {
        method: "patch",
        path: "/api/consortia/:id",
        tag,
        summary: "Change status, name, note or members (its owner or an admin; else 403)",
        params: ConsortiumParams,
        body: ConsortiumPatch,
        response: SavedConsortium,
        errors: [403, 404],
      },
      ({ params, body, user }) => service.update(params.id, body, user),
    ),
    defineRoute(
      {
        method: "delete",
        path: "/api/consortia/:id",
        tag,
        summary: "Delete a saved consortium (its owner or an admin; else 403)",
        params: ConsortiumParams,
        response: Deleted,
        errors: [403, 404],
      },
      ({ params, user }) => service.remove(params.id, user),
    ),
  ];
}
