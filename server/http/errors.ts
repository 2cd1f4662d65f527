import type { ErrorRequestHandler, RequestHandler } from "express";
import type { z } from "zod";
import { DatabaseUnavailableError, QueryTimeoutError } from "../db/errors";
import type { Logger } from "./logger";

/** What a 503 tells clients to wait before trying again (a restarting Neo4j takes 10–30 s to answer). */
export const RETRY_AFTER_SECONDS = 5;

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
}

/** The one place errors become HTTP: `{ error: { code, message, details? } }`. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const body = (status: number, code: string, message: string, details?: Record<string, unknown>) =>
      res.status(status).json({ error: { code, message, ...(details ? { details } : {}) } });
    if (error instanceof AppError) return body(error.status, error.code, error.message, error.details);
    if (error instanceof DatabaseUnavailableError) {
      res.set("retry-after", String(RETRY_AFTER_SECONDS));
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
