import type { ErrorRequestHandler, RequestHandler } from "express";
import type { z } from "zod";
import { DatabaseUnavailableError, QueryTimeoutError } from "../db/errors";
import type { Logger } from "./logger";

/** A domain error with its HTTP status and a stable machine-readable code; thrown by services. */
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

export const notFound = (what: string, id: string) => new AppError(404, "NOT_FOUND", `${what} '${id}' was not found`, { id });

export interface FieldIssue {
  field: string;
  message: string;
}

/** 400 naming every offending field, e.g. "Invalid query parameter 'limit': Too big: expected number to be <=5000". */
export function validationError(where: "query parameter" | "path parameter" | "body field", issues: z.core.$ZodIssue[]): AppError {
  const fields: FieldIssue[] = issues.map((issue) => ({ field: issue.path.join(".") || "(root)", message: issue.message }));
  const first = fields[0]!;
  const more = fields.length > 1 ? ` (and ${fields.length - 1} more)` : "";
  return new AppError(400, "VALIDATION_FAILED", `Invalid ${where} '${first.field}': ${first.message}${more}`, { fields });
}

export const unknownRoute: RequestHandler = (req, _res, next) => {
  next(new AppError(404, "NOT_FOUND", `No API route ${req.method} ${req.path}`));
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

/** Seconds a client should wait before retrying a 503 from the database layer. */
export const DB_RETRY_AFTER_SECONDS = 5;

/** The one place errors become HTTP: `{ error: { code, message, details? } }`. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const body = (status: number, code: string, message: string, details?: Record<string, unknown>) => {
      // A 429 or 503 always says when to come back (RFC 9110 Retry-After, in seconds).
      if ((status === 429 || status === 503) && !res.getHeader("retry-after")) {
        const seconds = Number(details?.retryAfterSeconds);
        res.set("retry-after", String(Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : DB_RETRY_AFTER_SECONDS));
      }
      return res.status(status).json({ error: { code, message, ...(details ? { details } : {}) } });
    };
    if (res.headersSent) {
      // A streamed download failed midway: the status is gone, so end the response and log.
      logger.error(`${req.method} ${req.originalUrl} failed after the response started`, error);
      res.end();
      return;
    }
    if (error instanceof AppError) return body(error.status, error.code, error.message, error.details);
    if (error instanceof DatabaseUnavailableError) {
      return body(503, "DB_UNAVAILABLE", "The graph database is unreachable right now; try again shortly.", { cause: error.causeMessage });
    }
    if (error instanceof QueryTimeoutError) return body(408, "QUERY_TIMEOUT", error.message, { timeoutMs: error.timeoutMs });
    const parserError = error as BodyParserError;
    const known = parserError?.type ? BODY_ERRORS[parserError.type] : undefined;
    if (known) {
      const message = parserError.type === "entity.too.deep" && parserError.message ? parserError.message : known[2];
      return body(known[0], known[1], message);
    }
    // Any other http-errors error a middleware raised for the client (status 4xx, marked safe to show).
    if (parserError?.expose && typeof parserError.status === "number" && parserError.status >= 400 && parserError.status < 500) {
      return body(parserError.status, "BAD_REQUEST", parserError.message ?? "Bad request");
    }
    logger.error(`${req.method} ${req.originalUrl} failed`, error);
    return body(500, "INTERNAL", "Something went wrong on the server; the error was logged.");
  };
}
