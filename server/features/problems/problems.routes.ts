import {
  BuildRequest,
  BuildResponse,
  CandidatesQuery,
  CandidatesResponse,
  EvaluateRequest,
  EvaluateResponse,
} from "../../contracts/matching";
import {
  Deleted,
  Problem,
  ProblemCreate,
  ProblemFields,
  ProblemImport,
  ProblemImportResult,
  ProblemList,
  ProblemListQuery,
  ProblemParams,
} from "../../contracts/problems";
import { defineRoute, type RouteDef } from "../../http/route";
import type { MatchingService } from "./matching.service";
import type { ProblemsService } from "./problems.service";

export function problemsRoutes(problems: ProblemsService, matching: MatchingService): RouteDef[] {
  const tag = "problems";
  return [
    defineRoute(
      {
        method: "get",
        path: "/api/problems",
        tag,
        summary: "揭榜挂帅 problems, filtered by status, chain, technology and deadline",
        query: ProblemListQuery,
        response: ProblemList,
      },
      ({ query }) => problems.list(query),
    ),
    defineRoute(
      {
        method: "post",
        path: "/api/problems",
        tag,
        summary: "Post a problem (unknown poster/technology/chain ids → 400 naming them)",
        body: ProblemCreate,
        response: Problem,
        status: 201,
        errors: [409],
      },
      ({ body, user }) => problems.create(body, user?.username),
    ),
    defineRoute(
      {
        method: "post",
        path: "/api/problems/import",
        tag,
        summary: "Import several problems in one transaction: all or none",
        body: ProblemImport,
        response: ProblemImportResult,
        status: 201,
        errors: [409],
      },
      ({ body, user }) => problems.import(body.problems, user?.username),
    ),
    defineRoute(
      {
        method: "get",
        path: "/api/problems/:id",
        tag,
        summary: "One problem with indicators, eligibility and provenance",
        params: ProblemParams,
        response: Problem,
        errors: [404],
      },
      ({ params }) => problems.get(params.id),
    ),
    defineRoute(
      {
        method: "put",
        path: "/api/problems/:id",
        tag,
        summary: "Edit a problem (all fields; it becomes user data)",
        params: ProblemParams,
        body: ProblemFields,
        response: Problem,
        errors: [404],
      },
      ({ params, body, user }) => problems.update(params.id, body, user?.username),
    ),
    defineRoute(
      {
        method: "post",
        path: "/api/problems/:id/close",
        tag,
        summary: "Close a problem",
        params: ProblemParams,
        response: Problem,
        errors: [404],
      },
      ({ params, user }) => problems.close(params.id, user?.username),
    ),
    defineRoute(
      {
        method: "delete",
        path: "/api/problems/:id",
        tag,
        summary: "Delete a problem entered in the app (seeded ones are closed instead)",
        params: ProblemParams,
        response: Deleted,
        errors: [404, 409],
      },
      ({ params }) => problems.remove(params.id),
    ),
    defineRoute(
      {
        method: "get",
        path: "/api/problems/:id/candidates",
        tag,
        summary:
          "Solvers and possible leads, each score broken into coverage, evidence, proximity, locality and load with evidence ids",
        params: ProblemParams,
        query: CandidatesQuery,
        response: CandidatesResponse,
        errors: [404],
      },
      ({ params, query }) => matching.candidates(params.id, query.limit),
    ),
    defineRoute(
      {
        method: "post",
        path: "/api/problems/:id/consortia",
        tag,
        readOnly: true,
        summary:
          "Top-K consortia: max covered weight, then fewest members, then lowest MST communication cost, then ids (exact up to 25 holders)",
        params: ProblemParams,
        body: BuildRequest,
        response: BuildResponse,
        errors: [404],
      },
      ({ params, body }) => matching.build(params.id, body),
    ),
    defineRoute(
      {
        method: "post",
        path: "/api/problems/:id/consortia/evaluate",
        tag,
        readOnly: true,
        summary: "What-if: coverage, cost and broken rules of any member list",
        params: ProblemParams,
        body: EvaluateRequest,
        response: EvaluateResponse,
        errors: [404],
      },
      ({ params, body }) => matching.evaluate(params.id, body),
    ),
  ];
}
