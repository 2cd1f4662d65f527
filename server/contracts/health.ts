import { z } from "zod";

export const HealthResponse = z.union([
  z.object({
    status: z.literal("ok"),
    database: z.object({ status: z.literal("up"), version: z.string(), edition: z.string(), mode: z.enum(["managed", "external"]) }),
  }),
  z.object({
    status: z.literal("degraded"),
    database: z.object({ status: z.literal("down"), error: z.string(), mode: z.enum(["managed", "external"]) }),
  }),
]);
export type HealthResponse = z.infer<typeof HealthResponse>;
