import type { ErrorRequestHandler, RequestHandler } from "express";
import type { z } from "zod";
import { DomainError, fieldErrors, type ErrorKind, type FieldIssue } from "../contracts/errors";
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

/** What a 503 without its own hint tells clients to wait before trying again (a restarting Neo4j takes 10–30 s). */
export const RETRY_AFTER_SECONDS = 5;

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
export function validationError(
  where: "query parameter" | "path parameter" | "body field",
  issues: z.core.$ZodIssue[],
): DomainError {
  const fields: FieldIssue[] = issues.map((issue) => {
    const custom = issue.code === "custom" ? (issue.params as { rule?: string } | undefined) : undefined;
    return {
      field: issue.path.join(".") || "(root)",
      message: issue.message,
      rule: custom?.rule ?? issue.code,
      ...(custom ? { params: custom } : {}),
    };
  });
  return fieldErrors(fields, where);
}

export const unknownRoute: RequestHandler = (req, _res, next) => {
  next(
    new DomainError("not_found", "NOT_FOUND", `No API route ${req.method} ${req.path}`, {
      method: req.method,
      path: req.path,
    }),
  );
};

interface BodyParserError {
  type?: string;
  status?: number;
  expose?: boolean;
  message?: string;
}

/** Body-parser failures (all the client's doing) → status and code. */
const BODY_ERRORS: Record<string, [number, string, string]> = {
  "entity.parse.failed": [400, "INVALID_JSON", "The request body is not valid JSON"],
  "entity.too.deep": [400, "BODY_TOO_DEEP", "The JSON body is nested too deeply"],
  "entity.too.large": [413, "PAYLOAD_TOO_LARGE", "The request body is too large"],
  "encoding.unsupported": [415, "UNSUPPORTED_ENCODING", "The request body's content encoding is not supported"],
  "charset.unsupported": [415, "UNSUPPORTED_CHARSET", "The request body's charset is not supported (send UTF-8)"],
  "request.size.invalid": [400, "INVALID_BODY", "The request body's length does not match Content-Length"],
  "request.aborted": [400, "INVALID_BODY", "The request body was aborted"],
};

interface HttpError {
  status: number;
  code: string;
  message: string;
  details?: Record<string, unknown>;
  /** Seconds for a Retry-After header (429, 503). */
  retryAfter?: number;
}

/** How an error is answered (also what the audit trail records for a request that failed after its change). */
export function httpErrorOf(error: unknown): HttpError | null {
  if (error instanceof DomainError) {
    const retry = error.params?.retryAfterSeconds;
    return {
      status: STATUS_OF_KIND[error.kind],
      code: error.code,
      message: error.message,
      details: error.params,
      ...(typeof retry === "number" ? { retryAfter: retry } : {}),
    };
  }
  if (error instanceof AppError) {
    const retry = error.details?.retryAfterSeconds;
    return {
      status: error.status,
      code: error.code,
      message: error.message,
      details: error.details,
      ...(typeof retry === "number" ? { retryAfter: retry } : {}),
    };
  }
  const parserError = error as BodyParserError;
  const known = parserError?.type ? BODY_ERRORS[parserError.type] : undefined;
  if (known) {
    const message = parserError.type === "entity.too.deep" && parserError.message ? parserError.message : known[2];
    return { status: known[0], code: known[1], message };
  }
  // Any other http-errors error a middleware raised for the client (status 4xx, marked safe to show).
  if (
    parserError?.expose &&
    typeof parserError.status === "number" &&
    parserError.status >= 400 &&
    parserError.status < 500
  ) {
    return { status: parserError.status, code: "BAD_REQUEST", message: parserError.message ?? "Bad request" };
  }
  return null;
}

/** The one place errors become HTTP: `{ error: { code, message, details? } }`. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    if (res.headersSent) {
      // A streamed download failed midway: the status is gone, so end the response and log.
      logger.error(`${req.method} ${req.originalUrl} failed after the response started`, error);
      res.end();
      return;
    }
    const known = httpErrorOf(error);
    if (known) {
      // A 429 or 503 always says when to come back (RFC 9110 Retry-After, in seconds).
      const retry =
        known.retryAfter ?? (known.status === 429 || known.status === 503 ? RETRY_AFTER_SECONDS : undefined);
      if (retry !== undefined && !res.getHeader("retry-after")) res.set("retry-after", String(Math.ceil(retry)));
      return res.status(known.status).json({
        error: { code: known.code, message: known.message, ...(known.details ? { details: known.details } : {}) },
      });
    }
    logger.error(`${req.method} ${req.originalUrl} failed`, error);
    return res
      .status(500)
      .json({ error: { code: "INTERNAL", message: "Something went wrong on the server; the error was logged." } });
  };
}
