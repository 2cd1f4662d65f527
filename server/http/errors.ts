import type { ErrorRequestHandler, RequestHandler } from "express";
import type { z } from "zod";
import { DomainError, fieldErrors, type ErrorKind, type FieldIssue } from "../contracts/errors";
import { DatabaseUnavailableError, QueryTimeoutError } from "../db/errors";
import type { Logger } from "./logger";

/** The one mapping from a domain error's kind to an HTTP status. */
export const STATUS_OF_KIND: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  not_allowed_method: 405,
  timeout: 408,
  conflict: 409,
  too_large: 413,
  unsupported: 415,
  unprocessable: 422,
  rate_limited: 429,
  unavailable: 503,
};

/** An error of the HTTP layer itself that has no domain meaning (a response breaking its own contract). */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/**
 * 400 naming every offending field, e.g. "Invalid query parameter 'limit': Too big: expected number to be <=5000".
 * Each field carries zod's issue code as its `rule` (and a custom rule's own params), for the client's wording.
 */
export function validationError(where: "query parameter" | "path parameter" | "body field", issues: z.core.$ZodIssue[]): DomainError {
  const fields: FieldIssue[] = issues.map((issue) => {
    const custom = issue.code === "custom" ? (issue.params as { rule?: string } | undefined) : undefined;
    return { field: issue.path.join(".") || "(root)", message: issue.message, rule: custom?.rule ?? issue.code, ...(custom ? { params: custom } : {}) };
  });
  return fieldErrors(fields, where);
}

export const unknownRoute: RequestHandler = (req, _res, next) => {
  next(new DomainError("not_found", "NOT_FOUND", `No API route ${req.method} ${req.path}`, { method: req.method, path: req.path }));
};

interface BodyParserError {
  type?: string;
  status?: number;
}

/** The one place errors become HTTP: `{ error: { code, message, details? } }`. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const body = (status: number, code: string, message: string, details?: Record<string, unknown>) =>
      res.status(status).json({ error: { code, message, ...(details ? { details } : {}) } });
    if (error instanceof DomainError) return body(STATUS_OF_KIND[error.kind], error.code, error.message, error.params);
    if (error instanceof AppError) return body(error.status, error.code, error.message, error.details);
    if (error instanceof DatabaseUnavailableError) {
      return body(503, "DB_UNAVAILABLE", "The graph database is unreachable right now; try again shortly.", { cause: error.causeMessage });
    }
    if (error instanceof QueryTimeoutError) return body(408, "QUERY_TIMEOUT", error.message, { timeoutMs: error.timeoutMs });
    const parserError = error as BodyParserError;
    if (parserError?.type === "entity.parse.failed") return body(400, "INVALID_JSON", "The request body is not valid JSON");
    if (parserError?.type === "entity.too.large") return body(413, "PAYLOAD_TOO_LARGE", "The request body is too large");
    logger.error(`${req.method} ${req.originalUrl} failed`, error);
    return body(500, "INTERNAL", "Something went wrong on the server; the error was logged.");
  };
}
