import { z } from "zod";
import { ErrorBody } from "../contracts/common";
import { routeAccess, type RouteDef } from "./route";

type Json = Record<string, unknown>;

const STATUS_TEXT: Record<number, string> = {
  400: "Invalid input (the message names the field)",
  401: "Not signed in (UNAUTHENTICATED): sign in, or send `Authorization: Bearer <API token>`",
  403: "Role too low (FORBIDDEN), or a cookie-authenticated write without a valid `x-csrf-token` header (CSRF_FAILED)",
  404: "Not found",
  408: "Query timed out",
  409: "Conflict",
  413: "Payload too large",
  422: "The data is invalid (the details list every problem)",
  429: "Too many attempts; retry later",
  503: "Database unavailable",
};

function jsonSchema(schema: z.ZodType, io: "input" | "output"): Json {
  const out = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "openapi-3.0" }) as Json;
  delete out.$schema;
  return out;
}

/** Parameters of an object schema, one per property (query strings and path segments). */
function parameters(schema: z.ZodType | undefined, where: "query" | "path"): Json[] {
  if (!schema) return [];
  const object = jsonSchema(schema, "input") as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === "path" || (object.required ?? []).includes(name),
    description: typeof property.description === "string" ? property.description : undefined,
    schema: property,
  }));
}

/** OpenAPI 3 document generated from the same zod schemas that validate requests and responses. */
export function buildOpenApi(routes: RouteDef[], info: { title: string; version: string }): Json {
  const paths: Record<string, Record<string, Json>> = {};
  const errorSchema = jsonSchema(ErrorBody, "output");
  for (const { spec } of routes) {
    const path = spec.path.replace(/:(\w+)/g, "{$1}");
    const access = routeAccess(spec);
    const success = spec.produces
      ? { [spec.produces]: { schema: { type: "string", format: "binary" } } }
      : { "application/json": { schema: jsonSchema(spec.response, "output") } };
    const responses: Record<string, Json> = { [String(spec.status ?? 200)]: { description: "OK", content: success } };
    const authErrors = access.role === "none" ? [] : access.role === "viewer" && !access.loginRequired ? [401] : [401, 403];
    for (const status of [400, 503, ...authErrors, ...(spec.errors ?? [])]) {
      responses[String(status)] = { description: STATUS_TEXT[status] ?? "Error", content: { "application/json": { schema: errorSchema } } };
    }
    (paths[path] ??= {})[spec.method] = {
      summary: spec.summary,
      tags: [spec.tag],
      parameters: [...parameters(spec.params, "path"), ...parameters(spec.query, "query")],
      ...(spec.body ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(spec.body, "input") } } } } : {}),
      ...(spec.consumes ? { requestBody: { required: true, content: { [spec.consumes]: { schema: { type: "string", format: "binary" } } } } } : {}),
      responses,
      // An empty requirement ({}) = anonymous callers may use it when ANONYMOUS_ROLE allows the role.
      security: access.role === "none" ? [{}] : [{ bearerAuth: [] }, { cookieAuth: [] }, ...(access.loginRequired ? [] : [{}])],
      "x-required-role": access.role,
    };
  }
  return {
    openapi: "3.0.3",
    info,
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "An API token (created by an admin on /admin)" },
        cookieAuth: { type: "apiKey", in: "cookie", name: "chainatlas_session", description: "Session from POST /api/auth/login; writes also need the `x-csrf-token` header" },
      },
    },
    paths,
  };
}
