import { z } from "zod";
import { ErrorBody } from "../contracts/common";
import type { RouteDef } from "./route";

type Json = Record<string, unknown>;

const STATUS_TEXT: Record<number, string> = {
  400: "Invalid input (the message names the field)",
  401: "Not signed in",
  403: "Not allowed",
  404: "Not found",
  408: "Query timed out",
  409: "Conflict",
  413: "Payload too large",
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
    const responses: Record<string, Json> = {
      [String(spec.status ?? 200)]: { description: "OK", content: { "application/json": { schema: jsonSchema(spec.response, "output") } } },
    };
    for (const status of [400, 503, ...(spec.errors ?? [])]) {
      responses[String(status)] = { description: STATUS_TEXT[status] ?? "Error", content: { "application/json": { schema: errorSchema } } };
    }
    (paths[path] ??= {})[spec.method] = {
      summary: spec.summary,
      tags: [spec.tag],
      parameters: [...parameters(spec.params, "path"), ...parameters(spec.query, "query")],
      ...(spec.body ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(spec.body, "input") } } } } : {}),
      responses,
    };
  }
  return { openapi: "3.0.3", info, paths };
}
