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

export function defineQuery<P extends z.ZodType, R extends z.ZodType>(name: string, schemas: { params: P; row: R }): Query<P, R> {
  return { name, text: cypherText(name), params: schemas.params, row: schemas.row };
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
