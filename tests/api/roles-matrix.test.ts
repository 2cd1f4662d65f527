import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiRoutes } from "../../server/app";
import { ROLES, roleAllows } from "../../server/contracts/auth";
import { routeAccess, type RouteDef } from "../../server/http/route";
import { startTestApp, type Client, type RunningApp } from "../setup/test-db";

// Every route that is not a plain read — including routes other features add to apiRoutes() later.
let app: RunningApp;
const clients: Record<string, Client> = {};
const routes: RouteDef[] = [];

beforeAll(async () => {
  app = await startTestApp();
  routes.push(
    ...apiRoutes(app.db).filter(
      (r) => r.spec.method !== "get" || routeAccess(r.spec).role === "analyst" || routeAccess(r.spec).role === "admin",
    ),
  );
  clients.anonymous = await app.as("anonymous");
  for (const role of ROLES) clients[role] = await app.as(role);
});
afterAll(async () => {
  await app.close();
});

/** A concrete URL for a route pattern: every :param gets a value no fixture uses. */
const urlOf = (path: string) => path.replace(/:(\w+)/g, "matrix-probe-$1");

describe("role × route matrix", () => {
  it("covers the write routes", () => {
    expect(routes.filter((r) => r.spec.method !== "get").length).toBeGreaterThanOrEqual(10);
  });

  it("refuses anonymous callers (401), roles below the route's (403), and lets allowed roles through", async () => {
    const failures: string[] = [];
    for (const { spec } of routes) {
      const access = routeAccess(spec);
      if (access.role === "none") continue;
      const url = urlOf(spec.path);
      const label = `${spec.method.toUpperCase()} ${spec.path}`;
      const body = spec.method === "get" ? undefined : {};
      const anonymous = await clients.anonymous!.send(spec.method.toUpperCase(), url, body);
      const anonymousAllowed = !access.loginRequired && access.role === "viewer";
      if (!anonymousAllowed && anonymous.status !== 401)
        failures.push(`${label} anonymous → ${anonymous.status}, expected 401`);
      if (anonymous.status === 401 && anonymous.body.error?.code !== "UNAUTHENTICATED")
        failures.push(`${label} anonymous: code ${anonymous.body.error?.code}`);
      for (const role of ROLES) {
        const res = await clients[role]!.send(spec.method.toUpperCase(), url, body);
        if (roleAllows(role, access.role)) {
          if (res.status === 401 || res.status === 403)
            failures.push(`${label} ${role} → ${res.status} (${res.body.error?.code}), expected to pass the guard`);
        } else if (res.status !== 403 || res.body.error?.code !== "FORBIDDEN") {
          failures.push(`${label} ${role} → ${res.status}, expected 403 FORBIDDEN`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it("declares admin for import, users and audit, and documents 401/403 and the security schemes in OpenAPI", async () => {
    const adminOnly = routes.filter((r) => /^\/api\/(import\/uploads|users|audit)/.test(r.spec.path));
    expect(adminOnly.length).toBeGreaterThan(5);
    for (const r of adminOnly) expect(routeAccess(r.spec).role).toBe("admin");
    const { body } = await app.get("/api/openapi.json");
    expect(Object.keys(body.components.securitySchemes)).toEqual(["bearerAuth", "cookieAuth"]);
    const create = body.paths["/api/users"].post;
    expect(create.responses["401"]).toBeTruthy();
    expect(create.responses["403"]).toBeTruthy();
    expect(create["x-required-role"]).toBe("admin");
    expect(body.paths["/api/health"].get.security).toEqual([{}]);
  });
});
