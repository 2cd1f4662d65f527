import type { Request, Response, Router } from "express";
import { z } from "zod";
import type { GenericWrite } from "../contracts/audit";
import type { RouteAuth } from "../contracts/auth";
import { withFirstWriteStep } from "../shared/first-write";
import { AppError, httpErrorOf, validationError } from "./errors";
import { PreparedJson, sendPrepared } from "./prepared";
import type { Principal } from "./principal";

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
  /**
   * Who may call it (enforced by mountRoutes): "none" (anyone), "viewer", "analyst" or "admin". Default: GET →
   * viewer, any other method → analyst. A non-GET route always needs a signed-in user (never anonymous).
   */
  auth?: RouteAuth;
  /** A non-GET route that changes nothing (a what-if, a dry run): access like a GET and no audit entry. */
  readOnly?: boolean;
  /** "self": the route's service writes its own audit entry in the same transaction as its change. */
  audit?: "self";
  /**
   * Content types of the success response when not (only) JSON: file downloads, for OpenAPI. The handler sends
   * the file itself; an "application/json" entry is described by `response`.
   */
  produces?: string[];
  /** The request body is raw bytes of this type (uploads; the handler reads the stream), for OpenAPI. */
  consumes?: string;
}

/** The access policy that mountRoutes enforces for a route (also read by OpenAPI and the role × route test). */
export interface RouteAccess {
  /** Minimum role; "none" = open. */
  role: RouteAuth;
  /** Anonymous callers are refused even when ANONYMOUS_ROLE would satisfy `role` (writes). */
  loginRequired: boolean;
  /** generic: the router records an audit entry after success; self: the service does; none: nothing to audit. */
  audit: "generic" | "self" | "none";
}

export function routeAccess(
  spec: Pick<RouteSpec<AnyObject, AnyObject, z.ZodType, z.ZodType>, "method" | "auth" | "readOnly" | "audit">,
): RouteAccess {
  const reads = spec.method === "get" || spec.readOnly === true;
  const role = spec.auth ?? (reads ? "viewer" : "analyst");
  return {
    role,
    loginRequired: !reads && role !== "none",
    audit: reads ? "none" : spec.audit === "self" || role === "none" ? "self" : "generic",
  };
}

/** Identity and audit, provided by the auth feature (http/ knows only this interface). */
export interface RouteGuard {
  /** Who is calling; throws 401 UNAUTHENTICATED / 403 FORBIDDEN / 403 CSRF_FAILED when `access` is not met. */
  authorize(req: Request, access: RouteAccess): Promise<Principal | null>;
  /**
   * The generic audit entry of a write by a route that does not audit itself: inside the route's first write
   * transaction when `tx` is given (a failure then rolls the change back), else on its own after success.
   */
  /** `tx`: the write transaction the entry joins (opaque here: the database layer hands it over). */
  recordWrite(entry: GenericWrite, tx?: unknown): Promise<void>;
}

export type { GenericWrite } from "../contracts/audit";

export interface HandlerInput<Q, P, B> {
  query: Q;
  params: P;
  body: B;
  /** The authenticated caller (null when anonymous); use `user.username` as `by` on what you write. */
  user: Principal | null;
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
  /**
   * Returns the JSON body, a PreparedJson of it (sent with ETag/304 and a cached compressed form), or nothing
   * when it sent the response itself (a file download, `produces`; a stream).
   */
  handle: (input: HandlerInput<z.output<Q>, z.output<P>, z.output<B>>) => Promise<z.input<R> | PreparedJson | void>,
): RouteDef {
  return { spec, handle } as unknown as RouteDef;
}

function parseOrThrow(
  schema: z.ZodType | undefined,
  value: unknown,
  where: "query parameter" | "path parameter" | "body field",
) {
  if (!schema) return value;
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw validationError(where, result.error.issues);
  return result.data;
}

/**
 * A route with a body schema needs a JSON body unless the schema itself accepts none: a POST without one (or
 * with another content type) is a 400, never "all defaults" (a password reset must not run on an empty request).
 */
function parseBody(schema: z.ZodType, req: Request) {
  if (req.body === undefined && !schema.safeParse(undefined).success) {
    throw new AppError(400, "BODY_REQUIRED", "This request needs a JSON body (Content-Type: application/json)");
  }
  return parseOrThrow(schema, req.body, "body field");
}

export function mountRoutes(
  router: Router,
  routes: RouteDef[],
  options: { validateResponses: boolean; guard: RouteGuard },
): void {
  for (const { spec, handle } of routes) {
    const access = routeAccess(spec);
    const send = (res: Response, result: unknown, req?: Request) => {
      if (res.headersSent) return; // the handler streamed a file itself
      if (options.validateResponses) {
        const value = result instanceof PreparedJson ? (JSON.parse(result.body.toString("utf8")) as unknown) : result;
        const checked = spec.response.safeParse(value);
        if (!checked.success) {
          throw new AppError(
            500,
            "RESPONSE_SHAPE",
            `${spec.method.toUpperCase()} ${spec.path} broke its contract: ${checked.error.message}`,
          );
        }
      }
      if (result instanceof PreparedJson && req) return sendPrepared(req, res, result, spec.status ?? 200);
      res.status(spec.status ?? 200).json(result);
    };
    router[spec.method](spec.path, async (req, res) => {
      // Before any parsing: an anonymous caller learns nothing about a route's inputs.
      const user = await options.guard.authorize(req, access);
      const query = parseOrThrow(spec.query, req.query, "query parameter");
      const params = parseOrThrow(spec.params, req.params, "path parameter");
      const body = spec.body ? parseBody(spec.body, req) : undefined;
      const run = () => handle({ query, params, body, user, req, res });
      if (access.audit !== "generic" || !user) return send(res, await run(), req);
      // The generic audit entry commits inside the route's first write transaction, with the change it records.
      // It rides only a transaction that changed something, so a write that changed nothing records nothing there.
      const entry: GenericWrite = {
        user,
        method: spec.method.toUpperCase(),
        path: req.path,
        route: spec.path,
        params,
        body,
        status: spec.status ?? 200,
      };
      let outcome: { result: unknown; committed: boolean };
      let committed = false;
      try {
        outcome = await withFirstWriteStep<unknown, unknown>(
          (tx) => options.guard.recordWrite(entry, tx),
          run,
          () => void (committed = true),
        );
      } catch (error) {
        // Honest trail: a request that failed with nothing committed is not recorded (nothing changed); one
        // that failed AFTER its change committed gets a second entry with the final status and error code.
        const failure = httpErrorOf(error);
        if (committed)
          await options.guard.recordWrite({
            ...entry,
            status: failure?.status ?? 500,
            code: failure?.code ?? "INTERNAL",
          });
        throw error;
      }
      const status = res.headersSent ? res.statusCode : entry.status;
      // No write transaction committed (nothing in Neo4j changed, or the handler wrote another way): record after success.
      if (!outcome.committed && status < 400) await options.guard.recordWrite({ ...entry, status });
      send(res, outcome.result);
    });
  }
}
