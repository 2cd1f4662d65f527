import express from "express";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { coreServices } from "../../server/app";
import type { Tx } from "../../server/db/database";
import { DomainError } from "../../server/contracts/errors";
import { errorHandler } from "../../server/http/errors";
import { createLogger } from "../../server/http/logger";
import { defineRoute, mountRoutes, type RouteGuard } from "../../server/http/route";
import { auditEntries, authHeadersFor } from "../setup/test-auth";
import { testDb } from "../setup/test-db";

// A write route of "another feature" that knows nothing about auditing: the router records it.
const db = testDb();
let url = "";
let server: ReturnType<express.Express["listen"]>;

// The audit step of a write that must fail inside Neo4j (a real division by zero in the same transaction).
let breakAudit = false;

beforeAll(async () => {
  const core = coreServices(db);
  const guard: RouteGuard = {
    authorize: (req, access) => core.access.guard.authorize(req, access),
    async recordWrite(entry, tx) {
      await core.access.guard.recordWrite(entry, tx);
      if (tx && breakAudit) await (tx as Tx).raw("RETURN 1 / 0");
    },
  };
  const app = express();
  app.use(express.json());
  const router = express.Router();
  mountRoutes(
    router,
    [
      defineRoute(
        {
          method: "post",
          path: "/api/t7-things/:id",
          tag: "test",
          summary: "probe",
          params: z.object({ id: z.string() }),
          body: z.object({ name: z.string(), password: z.string().optional() }),
          response: z.object({ ok: z.boolean() }),
        },
        async ({ body }) => {
          if (body.name === "fail") throw new DomainError("conflict", "CONFLICT", "no");
          return { ok: true };
        },
      ),
      defineRoute(
        {
          method: "put",
          path: "/api/t7-writes/:id",
          tag: "test",
          summary: "writes twice",
          params: z.object({ id: z.string() }),
          body: z.object({ n: z.number() }),
          response: z.object({ ok: z.boolean() }),
        },
        async ({ params, body }) => {
          await db.writeTx((tx) => tx.raw("MERGE (t:T7Thing {id: $id}) SET t.n = $n", { id: params.id, n: body.n }));
          await db.writeTx((tx) => tx.raw("MATCH (t:T7Thing {id: $id}) SET t.second = true", { id: params.id }));
          return { ok: true };
        },
      ),
    ],
    { validateResponses: true, guard },
  );
  app.use(router);
  app.use(errorHandler(createLogger("silent")));
  server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await db.writeTx((tx) => tx.raw("MATCH (t:T7Thing) DETACH DELETE t"));
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.close();
});

async function entriesFor(path: string) {
  return (await auditEntries(db, { path })).filter((entry) => entry.path === path).reverse();
}

describe("generic audit entries for routes that do not audit themselves", () => {
  it("records who, when, method, path, params, a redacted body summary and the status after a successful write only", async () => {
    const headers = { ...(await authHeadersFor(db, "analyst")), "content-type": "application/json" };
    const ok = await fetch(`${url}/api/t7-things/abc`, {
      method: "POST",
      headers,
      body: JSON.stringify({ name: "widget", password: "hunter2hunter2" }),
    });
    expect(ok.status).toBe(200);
    const failed = await fetch(`${url}/api/t7-things/def`, {
      method: "POST",
      headers,
      body: JSON.stringify({ name: "fail" }),
    });
    expect(failed.status).toBe(409);
    const [entry, ...more] = await entriesFor("/api/t7-things/abc");
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      by: "test-analyst",
      role: "analyst",
      via: "token",
      action: "http.write",
      method: "POST",
      status: 200,
    });
    expect(String(entry!.at)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const details = entry!.details;
    expect(details).toEqual({
      route: "/api/t7-things/:id",
      params: { id: "abc" },
      body: { name: "widget", password: "[redacted]" },
    });
    expect(await entriesFor("/api/t7-things/def")).toEqual([]);
  });

  it("commits the entry in the route's first write transaction: one entry per request, and no change without its entry", async () => {
    const headers = { ...(await authHeadersFor(db, "analyst")), "content-type": "application/json" };
    const put = (id: string, n: number) =>
      fetch(`${url}/api/t7-writes/${id}`, { method: "PUT", headers, body: JSON.stringify({ n }) });
    const thing = async (id: string) =>
      (
        await db.readTx((tx) => tx.raw("MATCH (t:T7Thing {id: $id}) RETURN properties(t) AS t", { id }))
      ).records[0]?.get("t");
    expect((await put("w1", 1)).status).toBe(200);
    expect(await thing("w1")).toEqual({ id: "w1", n: 1, second: true });
    expect(await entriesFor("/api/t7-writes/w1")).toHaveLength(1);

    breakAudit = true;
    try {
      const refused = await put("w1", 2);
      expect(refused.status).toBeGreaterThanOrEqual(400);
      expect((await put("w2", 1)).status).toBeGreaterThanOrEqual(400);
    } finally {
      breakAudit = false;
    }
    // The failed audit step took the change with it; the second transaction of that request never ran.
    expect(await thing("w1")).toEqual({ id: "w1", n: 1, second: true });
    expect(await thing("w2")).toBeUndefined();
    expect(await entriesFor("/api/t7-writes/w1")).toHaveLength(1);
    expect(await entriesFor("/api/t7-writes/w2")).toEqual([]);
  });
});
