import { AuditQuery, AuditResponse, AuditVerifyResponse } from "../../contracts/audit";
import { defineRoute, type RouteDef } from "../../http/route";
import type { AuditService } from "./audit.service";

export function auditRoutes(service: AuditService): RouteDef[] {
  return [
    defineRoute(
      {
        method: "get",
        path: "/api/audit",
        tag: "admin",
        auth: "admin",
        summary: "The audit trail (every write: who, when, what changed, from which import), newest first, filtered",
        query: AuditQuery,
        response: AuditResponse,
      },
      ({ query }) => service.list(query),
    ),
    defineRoute(
      {
        method: "get",
        path: "/api/audit/verify",
        tag: "admin",
        auth: "admin",
        summary: "Check the audit trail's hash chain: intact, or the first broken entry (seq) and why",
        response: AuditVerifyResponse,
      },
      () => service.verify(),
    ),
  ];
}
