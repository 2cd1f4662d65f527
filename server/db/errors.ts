/** Database failures the HTTP layer maps to status codes; raised by db/ only, never by string matching. */
export class DatabaseUnavailableError extends Error {
  constructor(readonly causeMessage: string) {
    super(`The graph database is unreachable: ${causeMessage}`);
    this.name = "DatabaseUnavailableError";
  }
}

export class QueryTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`The query was stopped after ${timeoutMs} ms`);
    this.name = "QueryTimeoutError";
  }
}

export class RowShapeError extends Error {
  constructor(queryName: string, detail: string) {
    super(`Query ${queryName} returned a row of unexpected shape: ${detail}`);
    this.name = "RowShapeError";
  }
}

/** The transaction's state outgrew the server's transaction memory (dbms.memory.transaction.total.max). */
export class TransactionMemoryError extends Error {
  constructor(readonly causeMessage: string) {
    super(`The transaction needed more memory than the database allows: ${causeMessage}`);
    this.name = "TransactionMemoryError";
  }
}

// Wrong credentials make the database unavailable to us just as surely as a dead server: 503, not 500.
const UNAVAILABLE_CODES = new Set([
  "ServiceUnavailable", "SessionExpired", "ECONNREFUSED", "ECONNRESET",
  "Neo.ClientError.Security.Unauthorized", "Neo.ClientError.Security.AuthenticationRateLimit",
]);

function codeOf(error: unknown): string {
  if (error && typeof error === "object" && "code" in error && typeof error.code === "string") return error.code;
  return "";
}

export function isUnavailable(error: unknown): boolean {
  const code = codeOf(error);
  return UNAVAILABLE_CODES.has(code) || code.startsWith("Neo.TransientError.General.DatabaseUnavailable");
}

export function isTimeout(error: unknown): boolean {
  return codeOf(error).includes("TransactionTimedOut");
}

/** Translate driver errors into the domain errors above; anything else passes through unchanged. */
export function translateDriverError(error: unknown, timeoutMs: number): unknown {
  if (isUnavailable(error)) return new DatabaseUnavailableError(error instanceof Error ? error.message.split("\n")[0]! : String(error));
  if (isTimeout(error)) return new QueryTimeoutError(timeoutMs);
  if (codeOf(error).endsWith("MemoryPoolOutOfMemoryError")) return new TransactionMemoryError(error instanceof Error ? error.message.split("\n")[0]! : String(error));
  return error;
}
