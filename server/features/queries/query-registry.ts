import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "../../db/local/paths";
import { guardCypher } from "./cypher-guard";
import { parseQueryFile, QueryHeaderError, type ParsedQuery } from "./query-header";

// The shipped library: cypher/queries/*.cypher, read and validated once when the app is built. These are
// not the app's own statements (those use defineQuery); they are user-facing queries that run through the
// same read-only pipeline as an analyst's Cypher. A malformed file stops the start with its name.

export const LIBRARY_DIR = path.join(REPO_ROOT, "cypher", "queries");

export class QueryLibraryError extends Error {}

const RESERVED = /^(u-.*|suggest|schema|editor)$/;

export function loadLibrary(dir = LIBRARY_DIR): ParsedQuery[] {
  const files = fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".cypher"))
    .sort();
  const byId = new Map<string, ParsedQuery>();
  for (const file of files) {
    const where = `cypher/queries/${file}`;
    let query: ParsedQuery;
    try {
      query = parseQueryFile(fs.readFileSync(path.join(dir, file), "utf8"));
    } catch (error) {
      if (error instanceof QueryHeaderError) throw new QueryLibraryError(`${where}: ${error.message}`);
      throw error;
    }
    if (RESERVED.test(query.id))
      throw new QueryLibraryError(
        `${where}: @id "${query.id}" is reserved (u-… ids are analysts' queries; suggest, schema, editor are pages)`,
      );
    if (`${query.id}.cypher` !== file)
      throw new QueryLibraryError(`${where}: @id "${query.id}" must match the file name`);
    const refusal = guardCypher(query.text);
    if (refusal)
      throw new QueryLibraryError(`${where}: refused by the read-only guard (${refusal.reason} ${refusal.keyword})`);
    byId.set(query.id, query);
  }
  if (byId.size === 0) throw new QueryLibraryError(`no queries found in ${dir}`);
  return [...byId.values()];
}

let cached: ParsedQuery[] | null = null;

/** The library, loaded on first use (app construction), so a broken file fails the start, not a request. */
export function library(): ParsedQuery[] {
  cached ??= loadLibrary();
  return cached;
}
