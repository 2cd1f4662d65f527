import type { Request, Response, Router } from "express";
import { z } from "zod";
import { AppError, validationError } from "./errors";

type Method = "get" | "post" | "put" | "patch" | "delete";
type AnyObject = z.ZodType<Record<string, unknown>>;

/** Everything about one endpoint that the router and the OpenAPI document need. */
export interface RouteSpec<Q extends AnyObject, P extends AnyObject, B extends z.ZodType, R extends z.ZodType> {
  method: Method;
  /** Express path, e.g. /api/nodes/:id */
  path: string;
  summary: string;
  tag: string;
  query?: Q;
  params?: P;
  body?: B;
  response: R;
  /** Success status (default 200). */
  status?: number;
  /** Error statuses this route can answer besides 400/503 (documented in OpenAPI). */
  errors?: number[];
}

export interface HandlerInput<Q, P, B> {
  query: Q;
  params: P;
  body: B;
  req: Request;
  res: Response;
}

export interface RouteDef {
  spec: RouteSpec<AnyObject, AnyObject, z.ZodType, z.ZodType>;
  handle: (input: HandlerInput<unknown, unknown, unknown>) => Promise<unknown>;
}

/**
 * Declare a typed endpoint: inputs are parsed with zod (a failure is a 400 naming the field) and the
 * handler's return value is the JSON response. Response validation is on in tests (validateResponses).
 */
export function defineRoute<Q extends AnyObject, P extends AnyObject, B extends z.ZodType, R extends z.ZodType>(
  spec: RouteSpec<Q, P, B, R>,
  handle: (input: HandlerInput<z.output<Q>, z.output<P>, z.output<B>>) => Promise<z.input<R>>,
): RouteDef {
  return { spec, handle } as unknown as RouteDef;
}

function parseOrThrow(schema: z.ZodType | undefined, value: unknown, where: "query parameter" | "path parameter" | "body field") {
  if (!schema) return value;
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw validationError(where, result.error.issues);
  return result.data;
}

export function mountRoutes(router: Router, routes: RouteDef[], options: { validateResponses: boolean }): void {
  for (const { spec, handle } of routes) {
    router[spec.method](spec.path, async (req, res) => {
      const query = parseOrThrow(spec.query, req.query, "query parameter");
      const params = parseOrThrow(spec.params, req.params, "path parameter");
      const body = spec.body ? parseOrThrow(spec.body, req.body, "body field") : undefined;
      const result = await handle({ query, params, body, req, res });
      if (res.headersSent) return; // the handler streamed a file itself
      if (options.validateResponses) {
        const checked = spec.response.safeParse(result);
        if (!checked.success) {
          throw new AppError(500, "RESPONSE_SHAPE", `${spec.method.toUpperCase()} ${spec.path} broke its contract: ${checked.error.message}`);
        }
      }
      res.status(spec.status ?? 200).json(result);
    });
  }
}
