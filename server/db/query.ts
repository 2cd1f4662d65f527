import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { REPO_ROOT } from "./local/paths";

export const CYPHER_DIR = path.join(REPO_ROOT, "cypher");

/** A Cypher statement from cypher/<name>.cypher with zod schemas for its parameters and its rows. */
export interface Query<P extends z.ZodType, R extends z.ZodType> {
  readonly name: string;
  readonly text: string;
  readonly params: P;
  readonly row: R;
}

const loaded = new Map<string, string>();

/** Read a cypher/ file once per process; a missing or empty file fails at import time, i.e. at boot. */
export function cypherText(name: string): string {
  const cached = loaded.get(name);
  if (cached) return cached;
  const file = path.join(CYPHER_DIR, `${name}.cypher`);
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    throw new Error(`Cypher file missing: cypher/${name}.cypher`);
  }
  if (!stripComments(text).trim()) throw new Error(`Cypher file is empty: cypher/${name}.cypher`);
  loaded.set(name, text);
  return text;
}

const declared = new Set<string>();

/** Every statement declared so far (for the test that each cypher/ file is declared exactly once). */
export function declaredQueries(): ReadonlySet<string> {
  return declared;
}

/**
 * Declare a statement that runs raw (its records are read as driver values, e.g. by the backup, which must keep
 * temporal fields): registered like defineQuery, so it is declared once, but with no zod schemas.
 */
export function declareRawStatement(name: string): string {
  if (declared.has(name)) throw new Error(`cypher/${name}.cypher is declared twice: declare it once and import it`);
  const text = cypherText(name);
  checkHeader(name, text);
  declared.add(name);
  return text;
}

/** The parameters a statement's header declares: one `// @param name[: what it is]` line each (as library queries do). */
export function headerParams(text: string): string[] {
  return [...text.matchAll(/^\/\/ @param ([A-Za-z_][A-Za-z0-9_]*)/gm)].map((m) => m[1]!);
}

/** The header must declare exactly the `$names` the statement uses. */
function checkHeader(name: string, text: string): void {
  const used = parameterNames(text);
  const declaredInHeader = new Set(headerParams(text));
  const missing = [...used].filter((key) => !declaredInHeader.has(key));
  const stale = [...declaredInHeader].filter((key) => !used.has(key));
  if (missing.length || stale.length) {
    const problems = [
      missing.length ? `no // @param line for ${missing.join(", ")}` : "",
      stale.length ? `// @param for unused ${stale.join(", ")}` : "",
    ];
    throw new Error(`cypher/${name}.cypher: ${problems.filter(Boolean).join("; ")}`);
  }
}

/** The `$name`s a statement uses (comments and string literals stripped first). */
export function parameterNames(text: string): Set<string> {
  const code = stripComments(text).replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
  return new Set([...code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!));
}

/**
 * Declare a statement once, typed: its file is read now (at boot), and the declared parameters must be exactly
 * the `$names` the statement uses — a statement declared twice, a parameter it never reads or a `$name` nobody
 * declared fails at import time instead of at the first request.
 */
export function defineQuery<P extends z.ZodType, R extends z.ZodType>(
  name: string,
  schemas: { params: P; row: R },
): Query<P, R> {
  if (declared.has(name)) throw new Error(`cypher/${name}.cypher is declared twice: declare it once and import it`);
  const text = cypherText(name);
  checkHeader(name, text);
  const shape = (schemas.params as unknown as { shape?: Record<string, unknown> }).shape;
  if (shape) {
    const used = parameterNames(text);
    const keys = Object.keys(shape);
    const unused = keys.filter((key) => !used.has(key));
    const undeclared = [...used].filter((key) => !keys.includes(key));
    if (unused.length || undeclared.length) {
      throw new Error(
        `cypher/${name}.cypher: ${[unused.length ? `declared but unused: ${unused.join(", ")}` : "", undeclared.length ? `used but undeclared: ${undeclared.join(", ")}` : ""].filter(Boolean).join("; ")}`,
      );
    }
  }
  declared.add(name);
  return { name, text, params: schemas.params, row: schemas.row };
}

/** Remove `//` line comments (headers) — used to check a file has a statement and to split schema files. */
export function stripComments(text: string): string {
  return text
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("//"))
    .join("\n");
}

/** Split a multi-statement file (schema) on `;` at line ends. */
export function splitStatements(text: string): string[] {
  return stripComments(text)
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter(Boolean);
}
