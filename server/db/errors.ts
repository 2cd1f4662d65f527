import { DomainError } from "../contracts/errors";

// Database failures as domain errors (a kind, a stable code, params): raised by db/ only, never by string
// matching, and turned into HTTP statuses by the one error handler like every other DomainError.

/** Seconds a client should wait before retrying when the database is unreachable (a restart takes 10–30 s). */
export const UNAVAILABLE_RETRY_SECONDS = 5;
/** … and when every pooled connection is busy. */
export const BUSY_RETRY_SECONDS = 2;

export class DatabaseUnavailableError extends DomainError {
  constructor(readonly causeMessage: string) {
    super("unavailable", "DB_UNAVAILABLE", `The graph database is unreachable: ${causeMessage}`, {
      cause: causeMessage,
      retryAfterSeconds: UNAVAILABLE_RETRY_SECONDS,
    });
    this.name = "DatabaseUnavailableError";
  }
}

export class QueryTimeoutError extends DomainError {
  constructor(readonly timeoutMs: number) {
    super("timeout", "QUERY_TIMEOUT", `The query was stopped after ${timeoutMs} ms`, { timeoutMs });
    this.name = "QueryTimeoutError";
  }
}

export class RowShapeError extends Error {
  constructor(queryName: string, detail: string) {
    super(`Query ${queryName} returned a row of unexpected shape: ${detail}`);
    this.name = "RowShapeError";
  }
}

/** The setting whose limit was reached, as Neo4j names it (e.g. db.memory.transaction.max). */
const memorySetting = (cause: string) =>
  /([a-z]+(?:\.[a-z_]+)+) threshold reached/i.exec(cause)?.[1] ?? "dbms.memory.transaction.total.max";
/** The limit in bytes when the message says it. */
const UNIT_BYTES: Record<string, number> = { "": 1, b: 1, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };

/** The limit in bytes from Neo4j's message ("… more than the limit 716.8 MiB" or "… limit of 1073741824"). */
export const memoryLimit = (cause: string) => {
  const match = /limit (?:of )?(\d+(?:\.\d+)?)\s*(B|KiB|MiB|GiB)?\b/i.exec(cause);
  if (!match) return null;
  return Math.round(Number(match[1]) * UNIT_BYTES[(match[2] ?? "").toLowerCase()]!);
};

/** The transaction's state outgrew the server's transaction memory (dbms.memory.transaction.total.max). */
export class TransactionMemoryError extends DomainError {
  readonly setting: string;
  readonly limitBytes: number | null;

  constructor(readonly causeMessage: string) {
    const setting = memorySetting(causeMessage);
    const limit = memoryLimit(causeMessage);
    super(
      "unprocessable",
      "QUERY_TOO_LARGE",
      `The query needed more memory than one transaction may use (${setting}${limit ? ` = ${Math.round(limit / 1048576)} MiB` : ""}); narrow it down (fewer rows, smaller collect())`,
      { setting, ...(limit ? { limitBytes: limit } : {}) },
    );
    this.name = "TransactionMemoryError";
    this.setting = setting;
    this.limitBytes = limit;
  }
}

/** Every pooled connection stayed busy for the whole acquisition timeout: the database is busy, not down. */
export class DatabaseBusyError extends DomainError {
  constructor(readonly causeMessage: string) {
    super(
      "unavailable",
      "DB_BUSY",
      `The graph database is busy (every connection is in use); try again in a few seconds: ${causeMessage}`,
      {
        cause: causeMessage,
        retryAfterSeconds: BUSY_RETRY_SECONDS,
      },
    );
    this.name = "DatabaseBusyError";
  }
}

// Wrong credentials make the database unavailable to us just as surely as a dead server: 503, not 500.
const UNAVAILABLE_CODES = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "ECONNREFUSED",
  "ECONNRESET",
  "Neo.ClientError.Security.Unauthorized",
  "Neo.ClientError.Security.AuthenticationRateLimit",
]);

function codeOf(error: unknown): string {
  if (error && typeof error === "object" && "code" in error && typeof error.code === "string") return error.code;
  return "";
}

export function isUnavailable(error: unknown): boolean {
  const code = codeOf(error);
  return UNAVAILABLE_CODES.has(code) || code.startsWith("Neo.TransientError.General.DatabaseUnavailable");
}

/** The driver's pool gave up waiting for a free connection (its error has no code, only this message). */
export function isAcquisitionTimeout(error: unknown): boolean {
  return error instanceof Error && error.message.startsWith("Connection acquisition timed out");
}

export function isTimeout(error: unknown): boolean {
  return codeOf(error).includes("TransactionTimedOut");
}

/**
 * One line saying why the driver could not reach the database. A routed (neo4j://, neo4j+s://) failure says only
 * "Could not perform discovery"; the reason (an untrusted TLS certificate, a refused port) sits in its causes.
 */
export function unavailableReason(error: unknown): string {
  const messages: string[] = [];
  for (let e: unknown = error; e instanceof Error && messages.length < 5; e = e.cause) messages.push(e.message);
  const all = messages.join("\n");
  if (/certificate is not trusted/i.test(all)) {
    const socket = /Socket responded with: (\w+)/.exec(all)?.[1];
    return `TLS: the server's certificate is not trusted${socket ? ` (${socket})` : ""}; trust its CA (e.g. NODE_EXTRA_CA_CERTS=ca.crt) or use neo4j+ssc:// for a self-signed certificate`;
  }
  const first = messages[0]?.split("\n")[0] ?? String(error);
  const deeper =
    messages.length > 1 && first.startsWith("Could not perform discovery")
      ? messages[messages.length - 1]!.split(/\n|\. Please/)[0]
      : null;
  return deeper ? `${first.split(". ")[0]}: ${deeper}` : first;
}

/** Translate driver errors into the domain errors above; anything else passes through unchanged. */
export function translateDriverError(error: unknown, timeoutMs: number): unknown {
  if (isAcquisitionTimeout(error)) return new DatabaseBusyError((error as Error).message.split(". Pool")[0]!);
  if (isUnavailable(error)) return new DatabaseUnavailableError(unavailableReason(error));
  if (isTimeout(error)) return new QueryTimeoutError(timeoutMs);
  if (codeOf(error).endsWith("MemoryPoolOutOfMemoryError"))
    return new TransactionMemoryError(error instanceof Error ? error.message.split("\n")[0]! : String(error));
  return error;
}
