import type { z } from "zod";
import { HealthResponse } from "../../contracts/health";
import type { Database } from "../../db/database";
import type { SupervisionStatus } from "../../db/local/supervisor";
import { RETRY_AFTER_SECONDS } from "../../http/errors";
import { defineRoute, type RouteDef } from "../../http/route";

/** The managed server's supervision state, when the app owns one (main.ts); absent for an external database. */
export type SupervisionProbe = () => SupervisionStatus | null;

export function healthRoutes(db: Database, supervision: SupervisionProbe = () => null): RouteDef[] {
  return [
    defineRoute(
      {
        method: "get", path: "/api/health", tag: "meta", auth: "none", response: HealthResponse, errors: [],
        summary: "Liveness and database status (503 while the database is unreachable; `restarting` while the app restarts its managed Neo4j)",
      },
      async ({ res }) => {
        const database = await db.health();
        if (database.status === "up") return { status: "ok" as const, database };
        const supervisor = supervision();
        const body: z.input<typeof HealthResponse> =
          supervisor?.state === "restarting"
            ? { status: "restarting", database, restart: { attempt: supervisor.attempt, restarts: supervisor.restarts, nextAttemptAt: supervisor.nextAttemptAt, lastExit: supervisor.lastExit } }
            : { status: "degraded", database };
        res.status(503).set("retry-after", String(RETRY_AFTER_SECONDS)).json(body);
        return body;
      },
    ),
  ];
}
