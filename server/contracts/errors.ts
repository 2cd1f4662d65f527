// Domain errors: what went wrong, in terms of the domain, with a stable `code` and structured `params`.
// Services and repositories throw these; they know nothing of HTTP. Only the HTTP error handler
// (server/http/errors.ts) turns a kind into a status, and the client chooses its zh/en text from `code` and
// `params` (client/app/error-text.ts), never by reading the English message, which stays for logs.
// Pure: shared by server and client.

/** What kind of failure, which decides the HTTP status (see STATUS_OF_KIND in server/http/errors.ts). */
export const ERROR_KINDS = [
  "invalid", // the request is malformed or names something that does not exist — 400
  "unauthenticated", // 401
  "forbidden", // 403
  "not_found", // 404
  "not_allowed_method", // 405
  "timeout", // 408
  "conflict", // 409
  "too_large", // 413
  "unsupported", // 415
  "unprocessable", // 422
  "rate_limited", // 429
  "unavailable", // 503
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export type ErrorParams = Record<string, unknown>;

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly params?: ErrorParams,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/** One field's problem. `rule` (with `params`) says which rule it broke, so the client can say it in zh/en. */
export interface FieldIssue {
  field: string;
  message: string;
  rule?: string;
  params?: ErrorParams;
}

export const notFound = (what: string, id: string) =>
  new DomainError("not_found", "NOT_FOUND", `${what} '${id}' was not found`, { what, id });

export const conflict = (code: string, message: string, params?: ErrorParams) =>
  new DomainError("conflict", code, message, params);

export const forbidden = (code: string, message: string, params?: ErrorParams) =>
  new DomainError("forbidden", code, message, params);

/** 400 VALIDATION_FAILED naming every offending field: the one helper for field errors. */
export function fieldErrors(fields: FieldIssue[], where = "body field"): DomainError {
  const first = fields[0] ?? { field: "(root)", message: "invalid" };
  const more = fields.length > 1 ? ` (and ${fields.length - 1} more)` : "";
  return new DomainError("invalid", "VALIDATION_FAILED", `Invalid ${where} '${first.field}': ${first.message}${more}`, {
    fields,
  });
}

/** A single field error (the common case). */
export const fieldError = (field: string, message: string, rule?: string, params?: ErrorParams) =>
  fieldErrors([{ field, message, ...(rule ? { rule } : {}), ...(params ? { params } : {}) }]);
