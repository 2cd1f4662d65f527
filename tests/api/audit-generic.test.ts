import express from "express";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { coreServices } from "../../server/app";
import { AppError, errorHandler } from "../../server/http/errors";
import { createLogger } from "../../server/http/logger";
import { defineRoute, mountRoutes } from "../../server/http/route";
import { authHeadersFor } from "../setup/test-auth";
import { testDb } from "../setup/test-db";

// A write route of "another feature" that knows nothing about auditing: the router records it.
const db = testDb();
let url = "";
let server: ReturnType<express.Express["listen"]>;

beforeAll(async () => {
  const core = coreServices(db);
  const app = express();
  app.use(express.json());
  const router = express.Router();
  mountRoutes(router, [
    defineRoute(
      { method: "post", path: "/api/t7-things/:id", tag: "test", summary: "probe", params: z.object({ id: z.string() }), body: z.object({ name: z.string(), password: z.string().optional() }), response: z.object({ ok: z.boolean() }) },
      async ({ body }) => {
        if (body.name === "fail") throw new AppError(409, "CONFLICT", "no");
        return { ok: true };
      },
    ),
  ], { validateResponses: true, guard: core.access.guard });
  app.use(router);
  app.use(errorHandler(createLogger("silent")));
  server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.close();
});

async function entriesFor(path: string) {
  const result = await db.readTx((tx) => tx.raw("MATCH (a:AuditEntry) WHERE a.path = $path RETURN properties(a) AS a ORDER BY a.at", { path }));
  return result.records.map((r) => r.get("a") as Record<string, unknown>);
}

describe("generic audit entries for routes that do not audit themselves", () => {
  it("records who, when, method, path, params, a redacted body summary and the status after a successful write only", async () => {
    const headers = { ...(await authHeadersFor(db, "analyst")), "content-type": "application/json" };
    const ok = await fetch(`${url}/api/t7-things/abc`, { method: "POST", headers, body: JSON.stringify({ name: "widget", password: "hunter2hunter2" }) });
    expect(ok.status).toBe(200);
    const failed = await fetch(`${url}/api/t7-things/def`, { method: "POST", headers, body: JSON.stringify({ name: "fail" }) });
    expect(failed.status).toBe(409);
    const [entry, ...more] = await entriesFor("/api/t7-things/abc");
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ by: "test-analyst", role: "analyst", via: "token", action: "http.write", method: "POST", status: 200 });
    expect(String(entry!.at)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const details = JSON.parse(String(entry!.details));
    expect(details).toEqual({ route: "/api/t7-things/:id", params: { id: "abc" }, body: { name: "widget", password: "[redacted]" } });
    expect(await entriesFor("/api/t7-things/def")).toEqual([]);
  });
});
