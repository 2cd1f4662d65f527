import {
  QueryDetail,
  QueryListResponse,
  RunResponse,
  SchemaResponse,
  SuggestResponse,
  type SuggestQuery,
} from "../../server/contracts/queries";
import {
  DeletedQueries,
  DeleteResponse,
  VersionDetail,
  VersionList,
  type SaveQueryBody,
} from "../../server/contracts/saved-queries";
import { request } from "./http";

const enc = encodeURIComponent;

export const queriesApi = {
  list: () => request(QueryListResponse, "/api/queries"),
  get: (id: string) => request(QueryDetail, `/api/queries/${enc(id)}`),
  run: (id: string, params: Record<string, unknown>, signal?: AbortSignal) =>
    request(RunResponse, `/api/queries/${enc(id)}/run`, { method: "POST", body: { params }, signal }),
  cypher: (query: string, params: Record<string, unknown>, signal?: AbortSignal) =>
    request(RunResponse, "/api/cypher", { method: "POST", body: { query, params }, signal }),
  suggest: (query: Partial<SuggestQuery> & { source: SuggestQuery["source"] }, signal?: AbortSignal) =>
    request(SuggestResponse, "/api/queries/suggest", { query: { ...query }, signal }),
  schema: () => request(SchemaResponse, "/api/queries/schema"),
  create: (body: SaveQueryBody) => request(QueryDetail, "/api/queries", { method: "POST", body }),
  save: (id: string, body: SaveQueryBody) => request(QueryDetail, `/api/queries/${enc(id)}`, { method: "PUT", body }),
  remove: (id: string) => request(DeleteResponse, `/api/queries/${enc(id)}`, { method: "DELETE" }),
  versions: (id: string) => request(VersionList, `/api/queries/${enc(id)}/versions`),
  version: (id: string, n: number) => request(VersionDetail, `/api/queries/${enc(id)}/versions/${n}`),
  /** Admin: soft-deleted analyst queries, and bringing one back with all its versions. */
  deleted: () => request(DeletedQueries, "/api/queries/deleted"),
  undelete: (id: string) => request(QueryDetail, `/api/queries/${enc(id)}/undelete`, { method: "POST" }),
  restore: (id: string, n: number) =>
    request(QueryDetail, `/api/queries/${enc(id)}/versions/${n}/restore`, { method: "POST", body: {} }),
};
