import { ConsortiumList, SavedConsortium, type ConsortiumCreate } from "../../server/contracts/consortia";
import {
  BuildResponse,
  CandidatesResponse,
  EvaluateResponse,
  type BuildRequest,
  type EvaluateRequest,
} from "../../server/contracts/matching";
import {
  Deleted,
  Problem,
  ProblemImportResult,
  ProblemList,
  type ProblemCreate,
  type ProblemFields,
  type ProblemListQuery,
} from "../../server/contracts/problems";
import { request } from "./http";

const id = (value: string) => encodeURIComponent(value);

export type ProblemFilters = Partial<
  Pick<ProblemListQuery, "chain" | "technology" | "deadlineBefore" | "deadlineAfter">
> & { status?: string[] };

export const problemsApi = {
  list: (filters: ProblemFilters = {}) => request(ProblemList, "/api/problems", { query: { ...filters, limit: 1000 } }),
  get: (problemId: string) => request(Problem, `/api/problems/${id(problemId)}`),
  create: (body: ProblemCreate) => request(Problem, "/api/problems", { method: "POST", body }),
  update: (problemId: string, body: ProblemFields) =>
    request(Problem, `/api/problems/${id(problemId)}`, { method: "PUT", body }),
  close: (problemId: string) => request(Problem, `/api/problems/${id(problemId)}/close`, { method: "POST" }),
  remove: (problemId: string) => request(Deleted, `/api/problems/${id(problemId)}`, { method: "DELETE" }),
  import: (problems: unknown) =>
    request(ProblemImportResult, "/api/problems/import", { method: "POST", body: { problems } }),
  candidates: (problemId: string, limit = 50) =>
    request(CandidatesResponse, `/api/problems/${id(problemId)}/candidates`, { query: { limit } }),
  build: (problemId: string, body: Partial<BuildRequest>) =>
    request(BuildResponse, `/api/problems/${id(problemId)}/consortia`, { method: "POST", body }),
  evaluate: (problemId: string, body: Partial<EvaluateRequest> & { members: string[] }) =>
    request(EvaluateResponse, `/api/problems/${id(problemId)}/consortia/evaluate`, { method: "POST", body }),
};

export const consortiaApi = {
  list: (problem: string) => request(ConsortiumList, "/api/consortia", { query: { problem } }),
  save: (body: ConsortiumCreate) => request(SavedConsortium, "/api/consortia", { method: "POST", body }),
  remove: (consortiumId: string) => request(Deleted, `/api/consortia/${id(consortiumId)}`, { method: "DELETE" }),
};
