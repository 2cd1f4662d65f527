import { HealthResponse } from "../../contracts/health";
import { RETRY_AFTER_SECONDS } from "../../http/errors";
import { defineRoute, type RouteDef } from "../../http/route";
import type { HealthService } from "./health.service";

export type { SupervisionProbe } from "./health.service";

export function healthRoutes(health: HealthService): RouteDef[] {
  return [
    defineRoute(
      {
        method: "get",
        path: "/api/health",
        tag: "meta",
        auth: "none",
        response: HealthResponse,
        errors: [],
        summary:
          "Liveness and database status (503 while the database is unreachable; `restarting` while the app restarts its managed Neo4j)",
      },
      async ({ res }) => {
        const { up, body } = await health.status();
        if (up) return body;
        res.status(503).set("retry-after", String(RETRY_AFTER_SECONDS)).json(body);
        return body;
      },
    ),
  ];
}
