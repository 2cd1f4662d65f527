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

  /** The setting whose limit was reached, as Neo4j names it (e.g. db.memory.transaction.max). */
  get setting(): string {
    return /([a-z]+(?:\.[a-z_]+)+) threshold reached/i.exec(this.causeMessage)?.[1] ?? "dbms.memory.transaction.total.max";
  }

  /** The limit in bytes when the message says it. */
  get limitBytes(): number | null {
    const match = /limit (?:of )?(\d+)/i.exec(this.causeMessage);
    return match ? Number(match[1]) : null;
  }
}

/** Every pooled connection stayed busy for the whole acquisition timeout: the database is busy, not down. */
export class DatabaseBusyError extends Error {
  constructor(readonly causeMessage: string) {
    super(`The graph database is busy: ${causeMessage}`);
    this.name = "DatabaseBusyError";
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
  const deeper = messages.length > 1 && first.startsWith("Could not perform discovery") ? messages[messages.length - 1]!.split(/\n|\. Please/)[0] : null;
  return deeper ? `${first.split(". ")[0]}: ${deeper}` : first;
}

/** Translate driver errors into the domain errors above; anything else passes through unchanged. */
export function translateDriverError(error: unknown, timeoutMs: number): unknown {
  if (isAcquisitionTimeout(error)) return new DatabaseBusyError((error as Error).message.split(". Pool")[0]!);
  if (isUnavailable(error)) return new DatabaseUnavailableError(unavailableReason(error));
  if (isTimeout(error)) return new QueryTimeoutError(timeoutMs);
  if (codeOf(error).endsWith("MemoryPoolOutOfMemoryError")) return new TransactionMemoryError(error instanceof Error ? error.message.split("\n")[0]! : String(error));
  return error;
}
