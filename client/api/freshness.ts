import {
  FreshnessResponse,
  FreshnessSettings,
  ReverifyResponse,
  type ReverifyBody,
} from "../../server/contracts/freshness";
import { queryString, request } from "./http";

export const freshnessApi = {
  settings: () => request(FreshnessSettings, "/api/freshness/settings"),
  report: (query: { tier?: string; source?: string; kind?: string; limit?: number } = {}) =>
    request(FreshnessResponse, `/api/freshness${queryString(query)}`),
  reverify: (body: Omit<ReverifyBody, "outcome"> & { outcome?: ReverifyBody["outcome"] }) =>
    request(ReverifyResponse, "/api/freshness/reverify", { method: "POST", body }),
};
