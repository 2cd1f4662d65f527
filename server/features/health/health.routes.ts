import { z } from "zod";
import { HealthResponse } from "../../contracts/health";
import type { Database } from "../../db/database";
import { defineRoute, type RouteDef } from "../../http/route";

export function healthRoutes(db: Database): RouteDef[] {
  return [
    defineRoute(
      { method: "get", path: "/api/health", tag: "meta", auth: "none", summary: "Liveness and database status (503 while the database is unreachable)", response: HealthResponse, errors: [] },
      async ({ res }) => {
        const database = await db.health();
        if (database.status === "up") return { status: "ok" as const, database };
        res.status(503).json({ status: "degraded", database } satisfies z.input<typeof HealthResponse>);
        return { status: "degraded" as const, database };
      },
    ),
  ];
}
