import { lineColumn, type TooComplex } from "../../contracts/cypher-lexer";
import { DomainError } from "../../contracts/errors";
import type { Refusal } from "./cypher-guard";

// Neo4j's answers to an analyst's Cypher, as API errors. Classified by the error's code (and GQL status /
// diagnostic record where the server sends them), never by guessing from the prose.

interface DriverErrorLike {
  code?: unknown;
  message?: unknown;
  gqlStatus?: unknown;
  diagnosticRecord?: { _position?: { line?: number; column?: number; offset?: number } };
}

const REFUSAL_TEXT: Record<Refusal["reason"], string> = {
  "write-clause": "only reading queries may run here",
  clause:
    "only reading clauses (MATCH, OPTIONAL MATCH, WITH, WHERE, UNWIND, RETURN, ORDER BY, SKIP, LIMIT, UNION, CALL { … }, EXISTS/COUNT/COLLECT { … }) may be used; SHOW, TERMINATE and administration commands are refused",
  "load-csv": "LOAD CSV reads files and URLs outside the database",
  use: "USE switches to another database",
  "in-transactions": "CALL … IN TRANSACTIONS commits on its own",
  "multiple-statements": "one statement per query",
  procedure:
    "only these read procedures may be called: db.labels, db.relationshipTypes, db.propertyKeys, db.schema.visualization, db.index.fulltext.queryNodes",
  function: "plugin functions are not allowed",
};

/**
 * 403 naming the clause and its position: WRITE_NOT_ALLOWED for a write clause, NOT_ALLOWED for anything
 * else outside the allow-list (SHOW, TERMINATE, USE, LOAD CSV, IN TRANSACTIONS, other procedures …).
 */
export function writeRefused(refusal: Refusal): DomainError {
  const code = refusal.reason === "write-clause" ? "WRITE_NOT_ALLOWED" : "NOT_ALLOWED";
  return new DomainError(
    "forbidden",
    code,
    `Refused ${refusal.keyword} at line ${refusal.line}, column ${refusal.column}: ${REFUSAL_TEXT[refusal.reason]}`,
    { ...refusal },
  );
}

export function tooComplexError(problem: TooComplex): DomainError {
  const what =
    problem.reason === "length"
      ? `longer than ${problem.limit} characters`
      : `nested deeper than ${problem.limit} brackets (at line ${problem.line}, column ${problem.column})`;
  return new DomainError("invalid", "QUERY_TOO_COMPLEX", `The query is ${what}; simplify it`, { ...problem });
}

export function planRefused(queryType: string): DomainError {
  return new DomainError(
    "forbidden",
    "WRITE_NOT_ALLOWED",
    `The database plans this statement as "${queryType}", not read-only ("r"); it was not run`,
    { reason: "query-type", queryType },
  );
}

/**
 * Position of a syntax error: the GQL diagnostic record's _position when the server sends one (Neo4j 2025+),
 * else the "(line N, column M (offset: K))" trailer that every Neo4j 5 syntax error message ends with.
 */
function position(error: DriverErrorLike, text: string): { line: number; column: number } {
  const pos = error.diagnosticRecord?._position;
  if (pos?.line && pos.column) return { line: pos.line, column: pos.column };
  const match = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/.exec(String(error.message ?? ""));
  if (match && Number(match[1]) > 0) return { line: Number(match[1]), column: Number(match[2]) };
  if (match) return lineColumn(text, Number(match[3]));
  return { line: 1, column: 1 };
}

/** An DomainError for Neo4j client errors about the statement; null for anything else (timeouts, outages …). */
export function classifyCypherError(error: unknown, text: string): DomainError | null {
  if (!error || typeof error !== "object") return null;
  const e = error as DriverErrorLike;
  const code = typeof e.code === "string" ? e.code : "";
  const message = String(e.message ?? "").split("\n")[0] ?? "";
  if (code === "Neo.ClientError.Statement.SyntaxError") {
    return new DomainError("invalid", "CYPHER_SYNTAX", message, { ...position(e, text), neo4jCode: code });
  }
  if (code === "Neo.ClientError.Statement.AccessMode" || code.startsWith("Neo.ClientError.Security.")) {
    return new DomainError("forbidden", "WRITE_NOT_ALLOWED", `The database refused it: ${message}`, {
      reason: "access-mode",
      neo4jCode: code,
    });
  }
  if (code === "Neo.ClientError.Statement.ParameterMissing") {
    return new DomainError("invalid", "INVALID_PARAMETER", message, { neo4jCode: code });
  }
  if (code.startsWith("Neo.ClientError.Statement.") || code.startsWith("Neo.ClientError.Procedure.")) {
    return new DomainError("invalid", "CYPHER_ERROR", message, { neo4jCode: code });
  }
  return null;
}
