import { z } from "zod";

const Mode = z.enum(["managed", "external"]);
const Down = z.object({ status: z.literal("down"), error: z.string(), mode: Mode });

export const HealthResponse = z.union([
  z.object({
    status: z.literal("ok"),
    database: z.object({ status: z.literal("up"), version: z.string(), edition: z.string(), mode: Mode }),
  }),
  z.object({ status: z.literal("degraded"), database: Down }),
  /** The managed Neo4j exited and the app is starting it again (backoff 1, 2, 4 … 30 s). */
  z.object({
    status: z.literal("restarting"),
    database: Down,
    restart: z.object({
      attempt: z.number().int().min(1),
      restarts: z.number().int().min(0),
      nextAttemptAt: z.string().nullable(),
      lastExit: z
        .object({ at: z.string(), code: z.number().int().nullable(), signal: z.string().nullable() })
        .nullable(),
    }),
  }),
]);
export type HealthResponse = z.infer<typeof HealthResponse>;
