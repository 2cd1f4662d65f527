import type { z } from "zod";
import type { HealthResponse } from "../../contracts/health";
import type { Database } from "../../db/database";
import type { SupervisionStatus } from "../../db/local/supervisor";

/** The managed server's supervision state, when the app owns one (main.ts); absent for an external database. */
export type SupervisionProbe = () => SupervisionStatus | null;

/** Whether the app can serve: the database's answer, and while the app restarts its managed Neo4j, which attempt. */
export function healthService(db: Pick<Database, "health">, supervision: SupervisionProbe = () => null) {
  return {
    async status(): Promise<{ up: boolean; body: z.input<typeof HealthResponse> }> {
      const database = await db.health();
      if (database.status === "up") return { up: true, body: { status: "ok", database } };
      const supervisor = supervision();
      if (supervisor?.state === "restarting") {
        const { attempt, restarts, nextAttemptAt, lastExit } = supervisor;
        return {
          up: false,
          body: { status: "restarting", database, restart: { attempt, restarts, nextAttemptAt, lastExit } },
        };
      }
      return { up: false, body: { status: "degraded", database } };
    },
  };
}

export type HealthService = ReturnType<typeof healthService>;
