import { z } from "zod";
import { ErrorBody } from "../contracts/common";
import { routeAccess, type RouteDef } from "./route";

type Json = Record<string, unknown>;

const STATUS_TEXT: Record<number, string> = {
  400: "Invalid input: VALIDATION_FAILED (the message names the field), INVALID_JSON, BODY_TOO_DEEP (JSON nested over 64 levels), BODY_REQUIRED",
  401: "Not signed in (UNAUTHENTICATED): sign in, or send `Authorization: Bearer <API token>`",
  403: "Role too low (FORBIDDEN), or a cookie-authenticated write without a valid `x-csrf-token` header (CSRF_FAILED)",
  404: "Not found",
  408: "Query timed out",
  409: "Conflict",
  413: "Payload too large (PAYLOAD_TOO_LARGE)",
  422: "The data is invalid (the details list every problem)",
  405: "Method not allowed on this path (METHOD_NOT_ALLOWED); the Allow header lists the methods",
  415: "Unsupported body encoding or charset",
  429: "Too many attempts; retry after the Retry-After seconds",
  503: "Database unavailable (DB_UNAVAILABLE); retry after the Retry-After seconds",
};

/** Named schemas shared by the document (#/components/schemas); recursive ones land here. */
type Components = Map<string, Json>;

/**
 * zod puts a recursive schema's definitions inside the schema (`definitions` + `#/definitions/__schema0`),
 * which an OpenAPI document cannot resolve: move them to components.schemas (one name per distinct schema)
 * and point the references there.
 */
function hoist(schema: Json, components: Components): Json {
  const defs = (schema.definitions ?? schema.$defs) as Record<string, Json> | undefined;
  delete schema.definitions;
  delete schema.$defs;
  if (!defs) return schema;
  const names = new Map<string, string>();
  for (const [name, def] of Object.entries(defs)) {
    const base = name.startsWith("__") ? "Recursive" : name;
    let candidate = base;
    for (let i = 2; components.has(candidate) && JSON.stringify(components.get(candidate)) !== JSON.stringify(def); i++)
      candidate = `${base}${i}`;
    names.set(name, candidate);
  }
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (!value || typeof value !== "object") return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => {
        if (key === "$ref" && typeof inner === "string") {
          const match = /^#\/(?:definitions|\$defs)\/(.+)$/.exec(inner);
          if (match && names.has(match[1]!)) return [key, `#/components/schemas/${names.get(match[1]!)}`];
        }
        return [key, rewrite(inner)];
      }),
    );
  };
  for (const [name, def] of Object.entries(defs)) components.set(names.get(name)!, rewrite(def) as Json);
  return rewrite(schema) as Json;
}

function jsonSchema(schema: z.ZodType, io: "input" | "output", components: Components): Json {
  const out = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "openapi-3.0" }) as Json;
  delete out.$schema;
  return hoist(out, components);
}

/** The schema of a success body in one content type: JSON is described by the route's response schema. */
function bodySchema(contentType: string, response: z.ZodType, components: Components): Json {
  if (contentType === "application/json") return jsonSchema(response, "output", components);
  return contentType.startsWith("text/") || contentType.endsWith("+xml")
    ? { type: "string" }
    : { type: "string", format: "binary" };
}

const RETRY_AFTER = { description: "Seconds to wait before retrying", schema: { type: "integer", minimum: 1 } };
const ALLOW = { description: "The methods this path allows", schema: { type: "string" } };

/** `get /api/nodes/:id/neighbors` → `getNodesIdNeighbors` (stable, unique per operation). */
function operationId(method: string, path: string): string {
  const words = path
    .replace(/^\/api\//, "")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  return method + words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
}

/** Parameters of an object schema, one per property (query strings and path segments). */
function parameters(schema: z.ZodType | undefined, where: "query" | "path", components: Components): Json[] {
  if (!schema) return [];
  const object = jsonSchema(schema, "input", components) as { properties?: Record<string, Json>; required?: string[] };
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
  const components: Components = new Map();
  components.set("Error", jsonSchema(ErrorBody, "output", components));
  const errorSchema = { $ref: "#/components/schemas/Error" };
  for (const { spec } of routes) {
    const path = spec.path.replace(/:(\w+)/g, "{$1}");
    const access = routeAccess(spec);
    const success = Object.fromEntries(
      (spec.produces ?? ["application/json"]).map((type) => [
        type,
        { schema: bodySchema(type, spec.response, components) },
      ]),
    );
    const responses: Record<string, Json> = { [String(spec.status ?? 200)]: { description: "OK", content: success } };
    const authErrors =
      access.role === "none" ? [] : access.role === "viewer" && !access.loginRequired ? [401] : [401, 403];
    for (const status of [
      400,
      405,
      503,
      ...authErrors,
      ...(spec.errors ?? []),
      ...(spec.body || spec.consumes ? [413, 415] : []),
    ]) {
      responses[String(status)] = {
        description: STATUS_TEXT[status] ?? "Error",
        ...(status === 503 || status === 429 ? { headers: { "Retry-After": RETRY_AFTER } } : {}),
        ...(status === 405 ? { headers: { Allow: ALLOW } } : {}),
        content: { "application/json": { schema: errorSchema } },
      };
    }
    (paths[path] ??= {})[spec.method] = {
      summary: spec.summary,
      tags: [spec.tag],
      operationId: operationId(spec.method, spec.path),
      parameters: [...parameters(spec.params, "path", components), ...parameters(spec.query, "query", components)],
      ...(spec.body
        ? {
            requestBody: {
              required: !spec.body.safeParse(undefined).success,
              content: { "application/json": { schema: jsonSchema(spec.body, "input", components) } },
            },
          }
        : {}),
      ...(spec.consumes
        ? {
            requestBody: {
              required: true,
              content: { [spec.consumes]: { schema: { type: "string", format: "binary" } } },
            },
          }
        : {}),
      responses,
      // An empty requirement ({}) = anonymous callers may use it when ANONYMOUS_ROLE allows the role.
      security:
        access.role === "none" ? [{}] : [{ bearerAuth: [] }, { cookieAuth: [] }, ...(access.loginRequired ? [] : [{}])],
      "x-required-role": access.role,
    };
  }
  return {
    openapi: "3.0.3",
    info,
    components: {
      schemas: Object.fromEntries([...components].sort(([a], [b]) => a.localeCompare(b))),
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "An API token (created by an admin on /admin)" },
        cookieAuth: {
          type: "apiKey",
          in: "cookie",
          name: "chainatlas_session",
          description: "Session from POST /api/auth/login; writes also need the `x-csrf-token` header",
        },
      },
    },
    paths,
  };
}
